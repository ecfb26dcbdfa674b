/**
 * What refusing issue 8's abusive queries costs in-process, without HTTP and without other
 * load, 200 times each:
 * - the Express pre-check (src/http/precheck.ts): the first verdict for a text (one parse
 *   stopped at maxTokens, graphql-armor's depth/alias/directive rules), then the cached verdict
 *   every later request for the same text gets;
 * - Apollo's own path (parse, validation and the query limits through executeOperation), which
 *   a text the pre-check has not seen would otherwise take. No database is reached.
 *
 *   npx tsx tests/soak/refusal-cost.ts
 */
import { buildSchema } from 'graphql';
import { Database } from '../../src/db/database.js';
import { createServer } from '../../src/server.js';
import { createContext } from '../../src/context.js';
import { createLogger } from '../../src/logger.js';
import { QueryPrecheck } from '../../src/http/precheck.js';
import { DEFAULT_QUERY_LIMITS } from '../../src/http/query-limits.js';
import { typeDefs } from '../../src/schema.js';
import { aliasQuery, doublingQuery } from '../support/abuse.js';

const logger = createLogger('silent');
const db = Database.create({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 1000, connectTimeoutMs: 1000 });
const server = createServer({ db, logger });
await server.start();
const schema = buildSchema(typeDefs());

const summary = (times: number[]) => {
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return `p50 ${at(0.5).toFixed(3)} ms, p99 ${at(0.99).toFixed(3)} ms`;
};

for (const [kind, query] of [['doubling', doublingQuery()], ['aliases', aliasQuery(1000)]] as const) {
  // The pre-check: a fresh instance per first verdict (nothing cached), one instance for the cached ones.
  const first: number[] = [];
  for (let i = 0; i < 220; i++) {
    const precheck = new QueryPrecheck(schema, DEFAULT_QUERY_LIMITS);
    const t = performance.now();
    const verdict = precheck.verdict(query);
    if (i >= 20) first.push(performance.now() - t);
    if (!verdict.refused) throw new Error(`${kind}: not refused by the pre-check`);
  }
  const precheck = new QueryPrecheck(schema, DEFAULT_QUERY_LIMITS);
  precheck.verdict(query);
  const cached: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    const verdict = precheck.verdict(query);
    cached.push(performance.now() - t);
    if (!verdict.refused) throw new Error(`${kind}: not refused from the cache`);
  }

  for (let i = 0; i < 20; i++) await server.executeOperation({ query }, { contextValue: createContext(db, logger, {}) });
  const apollo: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    const r = await server.executeOperation({ query }, { contextValue: createContext(db, logger, {}) });
    apollo.push(performance.now() - t);
    if (r.body.kind !== 'single' || r.body.singleResult.errors === undefined) throw new Error('not refused');
  }
  console.log(`${kind}: pre-check first verdict ${summary(first)}; cached ${summary(cached)}; Apollo's path ${summary(apollo)}`);
}
await server.stop();
await db.close();
