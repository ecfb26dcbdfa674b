import type { Database } from '../db/database.js';
import { withRequestBudget } from '../db/request-budget.js';

/** What /ready reports: the database answers a trivial query in time, and the schema was applied. */
export interface Readiness {
  readonly ready: boolean;
  readonly database: 'up' | 'down';
  readonly schema: 'applied' | 'pending';
  readonly embeddedNeo4j?: 'up' | 'down';
  readonly reason?: string;
}

export interface ReadinessSources {
  readonly db: Database;
  /** True once the constraints and indexes are in place. */
  readonly schemaApplied: () => boolean;
  /** Whether the embedded Neo4j's JVM is alive; absent with NEO4J_URI. */
  readonly embeddedUp?: () => boolean;
  readonly timeoutMs?: number;
}

export async function checkReadiness({ db, schemaApplied, embeddedUp, timeoutMs = 1_000 }: ReadinessSources): Promise<Readiness> {
  const schema = schemaApplied() ? 'applied' : 'pending';
  const embedded = embeddedUp === undefined ? {} : { embeddedNeo4j: embeddedUp() ? ('up' as const) : ('down' as const) };
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
