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
 * Each set of loaders is made when a resolver first asks for it: a request that needs no
 * database (`{ __typename }`) or one domain's loaders only does not build the others.
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
  let loaders: NodeLoaders | undefined;
  let commitmentLoaders: CommitmentLoaders | undefined;
  let requestLoaders: RequestLoaders | undefined;
  return {
    db,
    get loaders() {
      return (loaders ??= createNodeLoaders(db));
    },
    get commitmentLoaders() {
      return (commitmentLoaders ??= createCommitmentLoaders(db));
    },
    get requestLoaders() {
      return (requestLoaders ??= createRequestLoaders(db));
    },
    logger,
    caller: callerOf(request.authorization, keyring),
  };
}
