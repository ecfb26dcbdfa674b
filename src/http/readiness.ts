import type { Database } from '../db/database.js';
import type { EmbeddedState } from '../db/embedded-neo4j.js';
import { withRequestBudget } from '../db/request-budget.js';

/** What /ready reports: the database answers a trivial query in time, and the schema was applied. */
export interface Readiness {
  readonly ready: boolean;
  readonly database: 'up' | 'down';
  readonly schema: 'applied' | 'pending';
  /** The embedded Neo4j's supervisor state: `up`, `restarting` (its JVM died and is being started again) or `down` (given up, or stopped). */
  readonly embeddedNeo4j?: EmbeddedState;
  readonly reason?: string;
}

export interface ReadinessSources {
  readonly db: Database;
  /** True once the constraints and indexes are in place. */
  readonly schemaApplied: () => boolean;
  /** The embedded Neo4j's supervisor state; absent with NEO4J_URI. */
  readonly embeddedState?: () => EmbeddedState;
  readonly timeoutMs?: number;
}

export async function checkReadiness({ db, schemaApplied, embeddedState, timeoutMs = 1_000 }: ReadinessSources): Promise<Readiness> {
  const schema = schemaApplied() ? 'applied' : 'pending';
  const state = embeddedState?.();
  const embedded = state === undefined ? {} : { embeddedNeo4j: state };
  // The supervisor knows the JVM is gone or starting: no need to wait for the driver to find out.
  if (state !== undefined && state !== 'up') return { ready: false, database: 'down', schema, ...embedded, reason: `embedded Neo4j ${state}` };
  const signal = AbortSignal.timeout(timeoutMs);
  const budget = { signal, deadline: Date.now() + timeoutMs, maxQueries: 1, queries: 0 };
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([withRequestBudget(budget, () => db.read('RETURN 1 AS ok')), late]);
    return { ready: schema === 'applied', database: 'up', schema, ...embedded, ...(schema === 'applied' ? {} : { reason: 'schema not applied yet' }) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ready: false, database: 'down', schema, ...embedded, reason: `database: ${reason}` };
  } finally {
    clearTimeout(timer);
  }
}
