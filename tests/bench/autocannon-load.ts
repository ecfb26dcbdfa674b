import autocannon from 'autocannon';

/** What loading one query on one server gave, summed over rounds. */
export interface LoadFigures {
  requests: number;
  seconds: number;
  /** Latencies (ms) of the answers with status 200. */
  latencies: number[];
  failures: number;
}

export const emptyLoadFigures = (): LoadFigures => ({ requests: 0, seconds: 0, latencies: [], failures: 0 });

export interface LoadOptions {
  readonly connections: number;
  /** Seconds. */
  readonly duration: number;
  /** Seconds before autocannon gives up on one request (its default when absent). */
  readonly timeout?: number;
}

/**
 * POSTs `body` as JSON to `url` with autocannon for `duration` seconds and adds what it gave to
 * `into`: answers other than 200 count as failures, and only the 200s' latencies are kept
 * (compare.ts and overhead.ts load their servers this way).
 */
export function loadPost(url: string, body: unknown, options: LoadOptions, into: LoadFigures): Promise<void> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        connections: options.connections,
        duration: options.duration,
        ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
        setupClient: (client) => {
          client.on('response', (status: number, _bytes: number, ms: number) => {
            if (status === 200) into.latencies.push(ms);
            else into.failures++;
          });
        },
      },
      (error, result) => {
        if (error !== null && error !== undefined) return reject(error instanceof Error ? error : new Error(String(error)));
        into.requests += result.requests.total - result.non2xx;
        into.failures += result.errors + result.timeouts;
        into.seconds += result.duration;
        resolve();
      },
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false, outputStream: process.stderr });
  });
}
