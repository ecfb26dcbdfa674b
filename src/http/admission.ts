import type { ApolloServerPlugin } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import type { Metrics } from './metrics.js';

/**
 * How many GraphQL operations may run at once, and how long others wait for a turn. An
 * operation takes its turn after it has been parsed, validated and costed, so a refused query
 * (too deep, too many tokens, too costly) never waits behind the ones that run. One that finds
 * every turn taken waits in line; one that finds the line full, or waits longer than
 * `maxWaitMs`, is answered 503 SERVICE_UNAVAILABLE at once instead of queuing for seconds.
 */
export interface AdmissionLimits {
  /** Operations executing at once. */
  readonly maxActive: number;
  /** Operations waiting for a turn; more are refused at once. */
  readonly maxQueued: number;
  /** Longest wait for a turn, in milliseconds. */
  readonly maxWaitMs: number;
}

export const DEFAULT_ADMISSION_LIMITS: AdmissionLimits = { maxActive: 16, maxQueued: 64, maxWaitMs: 1_000 };

interface Waiter {
  readonly admit: () => void;
  readonly timer: NodeJS.Timeout;
}

/** A counting semaphore with a bounded, time-limited line. */
export class Admission {
  private active = 0;
  private readonly line: Waiter[] = [];

  constructor(readonly limits: AdmissionLimits) {}

  /** Operations executing now, and waiting now. */
  get load(): { active: number; queued: number } {
    return { active: this.active, queued: this.line.length };
  }

  /** True when a request arriving now would be refused: every turn taken and the line full. */
  get full(): boolean {
    return this.active >= this.limits.maxActive && this.line.length >= this.limits.maxQueued;
  }

  /** Resolves with a `release` once the caller may run; rejects with SERVICE_UNAVAILABLE (503) when the line is full or the wait too long. */
  enter(): Promise<() => void> {
    if (this.active < this.limits.maxActive) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    if (this.line.length >= this.limits.maxQueued) return Promise.reject(serverBusy(`${this.line.length} requests are already waiting`));
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(waiter.timer);
          resolve(this.releaser());
        },
        timer: setTimeout(() => {
          const at = this.line.indexOf(waiter);
          if (at >= 0) this.line.splice(at, 1);
          reject(serverBusy(`no turn within ${this.limits.maxWaitMs} ms`));
        }, this.limits.maxWaitMs),
      };
      this.line.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.line.shift();
      // the turn passes straight to the next in line; `active` stays the same
      if (next !== undefined) next.admit();
      else this.active -= 1;
    };
  }
}

const BUSY_MESSAGE = 'The server is busy; try again in a moment.';

function serverBusy(detail: string): GraphQLError {
  return new GraphQLError(BUSY_MESSAGE, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'busy', http: { status: 503, headers: new Map([['retry-after', '1']]) } },
    originalError: new Error(detail),
  });
}

/** Answered when the database stays unavailable while a request waits to enter the line. */
function databaseDown(cause: unknown): GraphQLError {
  return new GraphQLError('The database is not available right now; try again in a moment.', {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'database', http: { status: 503, headers: new Map([['retry-after', '1']]) } },
    originalError: cause instanceof Error ? cause : undefined,
  });
}

/**
 * Takes a turn once the operation is resolved (after validation and the cost check: refusals
 * never wait) and gives it back when the response is sent.
 *
 * `available` (Database.whenAvailable) is awaited before the operation enters the line: while
 * the embedded Neo4j restarts, a request waits for it there (up to a second, listening, no CPU)
 * and is then answered 503 with `reason: "database"`, without holding a turn or a place in the
 * line. Otherwise the turns would each wait out that second and the line would fill with
 * requests bound to fail, so that the first requests after the database's return would find the
 * line full (503 busy) and wait behind the backlog.
 */
export function admissionPlugin<C extends object>(admission: Admission, available?: () => Promise<void>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      let sent = false;
      return {
        async didResolveOperation() {
          if (available !== undefined) {
            try {
              await available();
            } catch (error) {
              if (error instanceof GraphQLError && error.extensions.code === ErrorCode.SERVICE_UNAVAILABLE) throw databaseDown(error);
              throw error;
            }
          }
          if (sent) return;
          const turn = await admission.enter();
          // Apollo runs the plugins' didResolveOperation side by side: when another refused the
          // operation while this one waited, the response has gone already.
          if (sent) turn();
          else release = turn;
        },
        async willSendResponse() {
          sent = true;
          release?.();
          release = null;
        },
      };
    },
  };
}

const BUSY_BODY = JSON.stringify({ errors: [{ message: BUSY_MESSAGE, extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, reason: 'busy' } }] });

/**
 * The plugin's 503 `busy`, with the same body, written with plain Node calls: by the plain POST
 * path (graphql-post.ts) as soon as it sees the line full, and by Express (admissionGate).
 */
export function writeBusy(req: IncomingMessage, res: ServerResponse, metrics: Metrics): void {
  metrics.graphqlErrors.inc({ code: ErrorCode.SERVICE_UNAVAILABLE });
  const modern = (req.headers.accept ?? '').includes('application/graphql-response+json');
  res.statusCode = 503;
  res.setHeader('retry-after', '1');
  res.setHeader('content-type', modern ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(BUSY_BODY));
  res.end(BUSY_BODY);
}

/**
 * Express, in front of Apollo (after the pre-check, so that an abusive query is still refused as
 * QUERY_TOO_COMPLEX): a request that finds every turn taken and the line full is answered the
 * plugin's 503 `busy` at once (writeBusy), before Apollo parses, validates and costs it only to
 * be refused. Under overload most requests end here, so this is where shedding them must be
 * cheap (the CPU profile of a soak: Apollo's pipeline and a GraphQLError with its stack trace
 * per refused request).
 */
export function admissionGate(admission: Admission, metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    if (!admission.full) {
      next();
      return;
    }
    writeBusy(req, res, metrics);
  };
}
