import type { Database } from './database.js';
import type { EmbeddedNeo4j, EmbeddedState } from './embedded-neo4j.js';

/**
 * Whether the API can serve reads and writes now, for `/ready`: the embedded Neo4j (when there
 * is one) is up, and the database answers a trivial query within the acquisition timeout.
 * `database` says why not: `restarting` and `down` come from the embedded Neo4j's supervisor,
 * `unreachable` from the driver (an own server, or a JVM that hangs).
 */
export interface Readiness {
  readonly ready: boolean;
  readonly database: EmbeddedState | 'unreachable';
}

export async function readiness(db: Database, embedded: EmbeddedNeo4j | null): Promise<Readiness> {
  const state = embedded?.state() ?? 'up';
  if (state !== 'up') return { ready: false, database: state };
  return (await db.ping()) ? { ready: true, database: 'up' } : { ready: false, database: 'unreachable' };
}
