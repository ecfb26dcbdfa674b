import type { ApiKeyring } from './auth/api-keys.js';
import { callerOf, type Caller } from './auth/caller.js';
import { createCommitmentLoaders, type CommitmentLoaders } from './commitment/commitment-loaders.js';
import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import { createNodeLoaders, type NodeLoaders } from './node/node-loaders.js';
import { createRequestLoaders, type RequestLoaders } from './request/request-loaders.js';

/**
 * Per-request state: the loaders (a fresh set per request, so nothing is cached across
 * users), the process-wide database, and who is calling (from the Authorization header).
 */
export interface Context {
  readonly db: Database;
  readonly loaders: NodeLoaders;
  readonly commitmentLoaders: CommitmentLoaders;
  readonly requestLoaders: RequestLoaders;
  readonly logger: Logger;
  readonly caller: Caller;
}

/** What createContext needs to know about the HTTP request. */
export interface RequestInfo {
  readonly authorization?: string | null | undefined;
}

export function createContext(db: Database, logger: Logger, request: RequestInfo = {}, keyring: ApiKeyring = []): Context {
  return {
    db,
    loaders: createNodeLoaders(db),
    commitmentLoaders: createCommitmentLoaders(db),
    requestLoaders: createRequestLoaders(db),
    logger,
    caller: callerOf(request.authorization, keyring),
  };
}
