/**
 * What refusing issue 8's abusive queries costs in-process, without HTTP and without other
 * load: parse, validation and the query limits through Apollo's executeOperation, 200 times
 * each. No database is reached (the queries are refused before execution).
 *
 *   npx tsx tests/soak/refusal-cost.ts
 */
import { Database } from '../../src/db/database.js';
import { createServer } from '../../src/server.js';
import { createContext } from '../../src/context.js';
import { createLogger } from '../../src/logger.js';
import { aliasQuery, doublingQuery } from '../support/abuse.js';
const logger = createLogger('silent');
const db = Database.create({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 1000, connectTimeoutMs: 1000 });
const server = createServer({ db, logger });
await server.start();
for (const [kind, query] of [['doubling', doublingQuery()], ['aliases', aliasQuery(1000)]] as const) {
  for (let i = 0; i < 20; i++) await server.executeOperation({ query }, { contextValue: createContext(db, logger, {}) });
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    const r = await server.executeOperation({ query }, { contextValue: createContext(db, logger, {}) });
    times.push(performance.now() - t);
    if (r.body.kind !== 'single' || r.body.singleResult.errors === undefined) throw new Error('not refused');
  }
  times.sort((a, b) => a - b);
  console.log(`${kind}: refusal in-process p50 ${times[100]!.toFixed(2)} ms, p99 ${times[197]!.toFixed(2)} ms`);
}
await server.stop();
await db.close();
