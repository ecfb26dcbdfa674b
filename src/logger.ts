import { pino, type Logger } from 'pino';

/**
 * One logger per process; JSON lines on stdout, as log collectors expect. Lines are written
 * asynchronously (pino's sonic-boom destination with `sync: false`): a request's log line does
 * not block the event loop on a write to a slow terminal or pipe, and lines logged while a write
 * is under way go out together in the next. pino flushes what is pending when the process exits.
 */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'raadsgraaf' } }, pino.destination({ dest: 1, sync: false }));
}

export type { Logger };
