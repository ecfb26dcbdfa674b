import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database.js';
import type { EmbeddedState } from '../db/embedded-neo4j.js';

/**
 * The process's Prometheus metrics, in a registry of its own (several servers in one test
 * process do not collide). Cypher queries are counted and timed through the database's query
 * listeners; the number in flight is the number of pool connections the API holds.
 */
export interface Metrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly operationSeconds: Histogram<'operation'>;
  readonly graphqlErrors: Counter<'code'>;
  readonly databaseUp: Gauge;
  /** Stops listening to the database. */
  close(): void;
}

export interface MetricsSources {
  readonly db: Database;
  /** The embedded Neo4j's supervisor state, when there is one (absent with NEO4J_URI). */
  readonly embeddedState?: () => EmbeddedState;
}

export function createMetrics({ db, embeddedState }: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'raadsgraaf_' });

  const httpRequests = new Counter({
    name: 'raadsgraaf_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const operationSeconds = new Histogram({
    name: 'raadsgraaf_graphql_operation_duration_seconds',
    help: 'Time from receiving a GraphQL operation to its response, by operation name (anonymous when unnamed).',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10],
    registers: [registry],
  });
  const graphqlErrors = new Counter({
    name: 'raadsgraaf_graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code.',
    labelNames: ['code'] as const,
    registers: [registry],
  });
  const cypherQueries = new Counter({
    name: 'raadsgraaf_cypher_queries_total',
    help: 'Cypher queries sent to Neo4j, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const cypherSeconds = new Histogram({
    name: 'raadsgraaf_cypher_query_duration_seconds',
    help: 'Time of each Cypher query, including waiting for a pool connection.',
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const inFlight = new Gauge({
    name: 'raadsgraaf_cypher_queries_in_flight',
    help: 'Cypher queries running now: the driver pool connections the API holds.',
    registers: [registry],
  });
  const databaseUp = new Gauge({
    name: 'raadsgraaf_database_up',
    help: '1 when the last readiness check reached the database, 0 when it did not.',
    registers: [registry],
  });
  new Gauge({
    name: 'raadsgraaf_embedded_neo4j_up',
    help: "1 while the embedded Neo4j's supervisor reports it up, 0 while it is restarting or down; absent with NEO4J_URI.",
    registers: [registry],
    collect() {
      if (embeddedState === undefined) return;
      this.set(embeddedState() === 'up' ? 1 : 0);
    },
  });

  const stopStart = db.onQuery(() => inFlight.inc());
  const stopTiming = db.onQueryTiming((_query, ms, failed) => {
    inFlight.dec();
    cypherQueries.inc({ outcome: failed ? 'failed' : 'ok' });
    cypherSeconds.observe(ms / 1000);
  });

  return {
    registry,
    httpRequests,
    operationSeconds,
    graphqlErrors,
    databaseUp,
    close() {
      stopStart();
      stopTiming();
    },
  };
}
