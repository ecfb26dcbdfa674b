import type { Database } from './db/database.js';
import type { Logger } from './logger.js';
import { createNodeLoaders, type NodeLoaders } from './node/node-loaders.js';

/**
 * Per-request state: the loaders (a fresh set per request, so nothing is cached across
 * users) and the process-wide database.
 */
export interface Context {
  readonly db: Database;
  readonly loaders: NodeLoaders;
  readonly logger: Logger;
}

export function createContext(db: Database, logger: Logger): Context {
  return { db, loaders: createNodeLoaders(db), logger };
}
