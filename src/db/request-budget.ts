import { AsyncLocalStorage } from 'node:async_hooks';
import { queryLimitExceeded, requestCancelled } from '../errors.js';

/**
 * What one HTTP request may spend on the database: a deadline, a signal that fires when the
 * client goes away or the deadline passes, and a cap on the number of Cypher queries. The HTTP
 * layer runs each request inside `withRequestBudget`; Database reads it for every query. Code
 * outside a request (start-up, ingest, tests through executeOperation) has no budget and is
 * unaffected.
 */
export interface RequestBudget {
  readonly signal: AbortSignal;
  /** Epoch milliseconds after which no more database work is started. */
  readonly deadline: number;
  readonly maxQueries: number;
  queries: number;
  /** Set when a query of this request found the database unreachable: the request's later queries fail at once. */
  unavailable?: boolean;
}

const storage = new AsyncLocalStorage<RequestBudget>();

export function withRequestBudget<T>(budget: RequestBudget, work: () => T): T {
  return storage.run(budget, work);
}

export function currentRequestBudget(): RequestBudget | undefined {
  return storage.getStore();
}

/**
 * Called before each query of a request: refuses it when the request was cancelled or is over
 * its query cap; returns the time the query may still take (at least 1 ms).
 */
export function spend(budget: RequestBudget): number {
  if (budget.signal.aborted) throw requestCancelled();
  budget.queries += 1;
  if (budget.queries > budget.maxQueries) {
    throw queryLimitExceeded('maxCypherQueries', `This request needs more than ${budget.maxQueries} database queries; ask for less at once.`);
  }
  return Math.max(1, budget.deadline - Date.now());
}
