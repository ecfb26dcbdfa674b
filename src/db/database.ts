import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { databaseUnavailable, isTimeoutError, isUnavailableError, queryTimeout, requestCancelled } from '../errors.js';
import { currentRequestBudget, spend, type RequestBudget } from './request-budget.js';
import { toPlain } from './values.js';

/**
 * The only code that talks to the driver. A read is one auto-commit statement in a read session
 * (routed to secondaries on a cluster; one round trip, RUN and PULL, where an explicit
 * transaction adds BEGIN and COMMIT and about doubles the database's CPU for a small statement:
 * README, Performance), with the driver's shared bookmarks, so a read still sees the writes made
 * before it; writes go through write transactions. Every statement gets the configured timeout.
 * Rows come back as plain objects: Neo4j integers and temporals converted.
 */

export interface DatabaseOptions {
  readonly uri: string;
  readonly user: string;
  readonly password: string;
  readonly database: string;
  readonly txTimeoutMs: number;
  /** How long start-up (`verify`) waits for the server to answer. */
  readonly connectTimeoutMs: number;
  /**
   * How long a request waits for a pooled connection (and for a new one to connect) before it
   * fails with SERVICE_UNAVAILABLE. Short, so that a busy or dead database is reported at once
   * instead of holding requests; default 1,500 ms.
   */
  readonly acquireTimeoutMs?: number;
  /** Connections in the driver's pool; default 100 (the driver's). */
  readonly maxPoolSize?: number;
}

export const DEFAULT_ACQUIRE_TIMEOUT_MS = 1_500;

/** Before a failed read is tried again: the driver's first retry delay (1 s, with 20 % jitter). */
const RETRY_DELAY_MS = 1_000;

/** Told about every query sent, for logging and for the tests that count queries (no N+1). */
export type QueryListener = (query: string, params: Record<string, unknown>) => void;

/** Told when a query has finished, with its time in milliseconds and whether it failed (metrics). */
export type QueryTimingListener = (query: string, ms: number, failed: boolean) => void;

export type Row = Record<string, unknown>;

/**
 * Whether the database may be used now. The embedded Neo4j's supervisor gives one: while its
 * JVM is being restarted no query is sent.
 */
export interface AvailabilityGate {
  /** Why the database cannot be used now, or null when it may be tried. */
  reason(): string | null;
  /** Calls `listener` on every change; returns what stops that. */
  onChange(listener: () => void): () => void;
}

/** How long a query waits for a closed gate to open before it fails with SERVICE_UNAVAILABLE. */
export const DEFAULT_GATE_WAIT_MS = 1_000;

export class Database {
  private readonly listeners = new Set<QueryListener>();
  private readonly timingListeners = new Set<QueryTimingListener>();
  private gate: AvailabilityGate | null = null;
  private gateWaitMs = DEFAULT_GATE_WAIT_MS;

  private constructor(
    readonly driver: Driver,
    private readonly options: DatabaseOptions,
  ) {}

  static create(options: DatabaseOptions): Database {
    // A server with authentication off (the embedded default) accepts any basic token.
    const auth = neo4j.auth.basic(options.user, options.password);
    const acquire = options.acquireTimeoutMs ?? DEFAULT_ACQUIRE_TIMEOUT_MS;
    const driver = neo4j.driver(options.uri, auth, {
      connectionAcquisitionTimeout: acquire,
      connectionTimeout: acquire,
      maxConnectionPoolSize: options.maxPoolSize ?? 100,
      // The driver also retries unreachable-server and transient errors, after 1 s, then 2 s,
      // ... (with jitter), while less than this budget has passed since the first attempt: half
      // an acquisition allows one retry, so a request to a dead or saturated database ends in
      // SERVICE_UNAVAILABLE within about the acquisition timeout (never past 2 s by default),
      // and a stale pooled connection after a database restart still gets its retry.
      maxTransactionRetryTime: Math.min(options.txTimeoutMs, Math.floor(acquire / 2)),
      disableLosslessIntegers: false,
    });
    return new Database(driver, options);
  }

  /** Resolves once the server answers; rejects with a clear message after `connectTimeoutMs`. */
  async verify(): Promise<void> {
    const deadline = Date.now() + this.options.connectTimeoutMs;
    let last: unknown;
    while (Date.now() < deadline) {
      try {
        await this.driver.getServerInfo({ database: this.options.database });
        return;
      } catch (error) {
        last = error;
        if (!isUnavailableError(error)) break;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
    const reason = last instanceof Error ? last.message : String(last);
    throw new Error(`cannot reach Neo4j at ${this.options.uri} (database '${this.options.database}'): ${reason}`);
  }

  /**
   * True when the database answers a trivial query now (within the acquisition timeout); never
   * throws. For readiness checks.
   */
  async ping(): Promise<boolean> {
    if (this.gate?.reason() != null) return false;
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.options.database, routing: neo4j.routing.READ });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * While `gate` gives a reason, a query waits up to `waitMs` for it to open and then fails
   * with SERVICE_UNAVAILABLE, instead of waiting out the driver's acquisition timeout and its
   * retries against a database known to be gone. The wait costs no CPU (it listens for the
   * gate's change), so the clients of a restarting database do not spin in a loop of instant
   * refusals that takes the CPU the restarting JVM needs; and a query waiting when the database
   * comes back runs at once.
   */
  setAvailabilityGate(gate: AvailabilityGate, waitMs = DEFAULT_GATE_WAIT_MS): void {
    this.gate = gate;
    this.gateWaitMs = waitMs;
  }

  /**
   * Resolves at once when the gate is open (or there is none); otherwise waits for it as a query
   * would (up to `gateWaitMs`, less near the request's deadline) and rejects with
   * SERVICE_UNAVAILABLE (or REQUEST_CANCELLED) when it stays closed. The admission line calls it
   * before a request takes its place, so that requests arriving while the database restarts
   * wait outside the line and leave it free for the moment the database is back.
   */
  async whenAvailable(): Promise<void> {
    await this.assertAvailable(currentRequestBudget());
  }

  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onQueryTiming(listener: QueryTimingListener): () => void {
    this.timingListeners.add(listener);
    return () => this.timingListeners.delete(listener);
  }

  /** Runs one read query; each row is converted to plain values. */
  async read<T extends Row = Row>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.execute<T>(query, params, 'READ');
  }

  async write<T extends Row = Row>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.execute<T>(query, params, 'WRITE');
  }

  /**
   * Several statements in one write transaction, retried as a whole on transient errors.
   * `work` gets a `run` that converts rows like `read`/`write` do.
   */
  async writeTransaction<R>(work: (run: TxRun) => Promise<R>): Promise<R> {
    const budget = currentRequestBudget();
    await this.assertAvailable(budget);
    // Inside an HTTP request, as in `execute`: the transaction gets at most the request's
    // remaining time, each statement counts against its cap, and the client going away closes
    // the session, which rolls the transaction back.
    const remaining = budget === undefined ? this.options.txTimeoutMs : Math.max(1, budget.deadline - Date.now());
    // The same bookmarks as the reads (`autoCommitRead`) and `executeQuery`'s writes, so on a cluster a read that
    // follows this transaction sees it.
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE, bookmarkManager: this.driver.executeQueryBookmarkManager });
    const cancel = () => void session.close();
    budget?.signal.addEventListener('abort', cancel, { once: true });
    try {
      return await session.executeWrite((tx) => work(this.txRun(tx, budget)), { timeout: Math.min(this.options.txTimeoutMs, remaining) });
    } catch (error) {
      if (budget?.signal.aborted === true) throw requestCancelled();
      throw this.translate(error);
    } finally {
      budget?.signal.removeEventListener('abort', cancel);
      await session.close();
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private txRun(tx: ManagedTransaction, budget?: RequestBudget): TxRun {
    return async <T extends Row = Row>(query: string, params: Record<string, unknown> = {}) => {
      if (budget !== undefined) spend(budget);
      const done = this.notify(query, params);
      let failed = true;
      try {
        const result = await tx.run(query, params);
        failed = false;
        return rows<T>(result);
      } finally {
        done(failed);
      }
    };
  }

  /**
   * Inside an HTTP request (see request-budget.ts) a query counts against the request's cap,
   * gets at most the request's remaining time as its transaction timeout, and is cancelled when
   * the client goes away. Outside one, the configured timeout applies as before.
   */
  private async execute<T extends Row>(query: string, params: Record<string, unknown>, mode: 'READ' | 'WRITE'): Promise<T[]> {
    const budget = currentRequestBudget();
    await this.assertAvailable(budget);
    const remaining = budget === undefined ? this.options.txTimeoutMs : spend(budget);
    const timeout = Math.min(this.options.txTimeoutMs, remaining);
    const done = this.notify(query, params);
    let failed = true;
    try {
      const result =
        mode === 'READ'
          ? await this.autoCommitRead(query, params, timeout, budget)
          : await this.driver.executeQuery(query, params, {
              database: this.options.database,
              routing: neo4j.routing.WRITE,
              transactionConfig: { timeout },
              ...(budget === undefined ? {} : { signal: budget.signal }),
            });
      failed = false;
      return rows<T>(result);
    } catch (error) {
      if (budget?.signal.aborted === true) throw requestCancelled();
      const translated = this.translate(error);
      // The rest of this request's queries fail at once instead of each waiting out the driver.
      if (budget !== undefined && isUnavailableError(error)) budget.unavailable = true;
      throw translated;
    } finally {
      done(failed);
    }
  }

  /**
   * One auto-commit read statement. Retried once, as the driver's managed transactions are with
   * our `maxTransactionRetryTime` (see `create`), when it fails in a way the driver calls
   * retryable (a stale pooled connection after a database restart, a transient error), after
   * about a second and only when the request has that time left.
   */
  private async autoCommitRead(query: string, params: Record<string, unknown>, timeout: number, budget: RequestBudget | undefined): Promise<QueryResult<RecordShape>> {
    const attempt = async (ms: number): Promise<QueryResult<RecordShape>> => {
      const session = this.driver.session({
        database: this.options.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: this.driver.executeQueryBookmarkManager,
      });
      const cancel = () => void session.close();
      budget?.signal.addEventListener('abort', cancel, { once: true });
      try {
        return await session.run(query, params, { timeout: ms });
      } finally {
        budget?.signal.removeEventListener('abort', cancel);
        await session.close();
      }
    };
    const aborted = (): boolean => budget?.signal.aborted === true;
    const started = Date.now();
    try {
      return await attempt(timeout);
    } catch (error) {
      const delay = RETRY_DELAY_MS * (0.8 + 0.4 * Math.random());
      const left = (budget === undefined ? started + timeout : budget.deadline) - Date.now() - delay;
      if (!isRetryableError(error) || aborted() || left <= 0) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
      if (aborted()) throw error;
      return attempt(Math.max(1, Math.min(timeout, left)));
    }
  }

  /**
   * Fails when an earlier query of this request found the database unreachable, or when the
   * gate stays closed for `gateWaitMs` (less when the request's deadline is nearer).
   */
  private async assertAvailable(budget: RequestBudget | undefined): Promise<void> {
    if (budget?.unavailable === true) throw databaseUnavailable(new Error('an earlier query of this request found the database unavailable'));
    const gate = this.gate;
    if (gate === null || gate.reason() === null) return;
    const waitMs = Math.max(0, Math.min(this.gateWaitMs, budget === undefined ? this.gateWaitMs : budget.deadline - Date.now()));
    const opened = await new Promise<boolean>((resolve) => {
      const finish = (open: boolean) => {
        clearTimeout(timer);
        stop();
        budget?.signal.removeEventListener('abort', cancelled);
        resolve(open);
      };
      const cancelled = () => finish(false);
      const timer = setTimeout(() => finish(gate.reason() === null), waitMs);
      const stop = gate.onChange(() => {
        if (gate.reason() === null) finish(true);
      });
      budget?.signal.addEventListener('abort', cancelled);
    });
    if (budget?.signal.aborted === true) throw requestCancelled();
    if (opened) return;
    if (budget !== undefined) budget.unavailable = true;
    throw databaseUnavailable(new Error(gate.reason() ?? 'the database was unavailable'));
  }

  private notify(query: string, params: Record<string, unknown>): (failed: boolean) => void {
    for (const listener of this.listeners) listener(query, params);
    const started = performance.now();
    return (failed) => {
      const ms = performance.now() - started;
      for (const listener of this.timingListeners) listener(query, ms, failed);
    };
  }

  private translate(error: unknown): unknown {
    if (isUnavailableError(error)) return databaseUnavailable(error);
    if (isTimeoutError(error)) return queryTimeout(error);
    return error;
  }
}

export type TxRun = <T extends Row = Row>(query: string, params?: Record<string, unknown>) => Promise<T[]>;

function rows<T extends Row>(result: QueryResult<RecordShape>): T[] {
  return result.records.map((record) => toPlain(record.toObject()) as T);
}
