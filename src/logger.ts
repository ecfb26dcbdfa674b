import { pino, type Logger } from 'pino';

/** One logger per process; JSON lines, as log collectors expect. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: 'raadsgraaf' } });
}

export type { Logger };
