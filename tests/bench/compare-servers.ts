/**
 * The two servers bench:compare (compare.ts) measures, in one process of their own so that the
 * load tool does not share their event loop: raadsgraaf as `npm start` serves it (src/server.ts
 * listen: limits, metrics, the same HTTP stack) and @neo4j/graphql 7 (Apollo Server's standalone
 * HTTP server) with the type definitions of neo4j-graphql-typedefs.ts, both on NEO4J_URI.
 * Prints `BENCH_SERVERS <raadsgraaf url> <peer url>` once both listen; stops on SIGTERM.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 [BENCH_PORT_OURS=0 BENCH_PORT_PEER=0] tsx tests/bench/compare-servers.ts
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer, listen } from '../../src/server.js';
import { PEER_TYPE_DEFS } from './neo4j-graphql-typedefs.js';
import { exitWhenParentGoes } from './bench-child.js';

const uri = process.env.NEO4J_URI;
if (uri === undefined) throw new Error('NEO4J_URI is not set');
const logger = createLogger('error');
const db = Database.create({ uri, user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 60_000, connectTimeoutMs: 30_000 });
await db.verify();
const ours = await listen(createServer({ db, logger }), { db, logger, requestDeadlineMs: 60_000, requestTimeoutMs: 90_000 }, Number(process.env.BENCH_PORT_OURS ?? 0), '127.0.0.1');
// The peer reads through the same driver (and connection pool) as ours.
const peerSchema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver: db.driver }).getSchema();
const peer = new ApolloServer({ schema: peerSchema, introspection: false });
const { url: peerUrl } = await startStandaloneServer(peer, { listen: { port: Number(process.env.BENCH_PORT_PEER ?? 0), host: '127.0.0.1' } });
console.log(`BENCH_SERVERS ${ours.url} ${peerUrl}`);

exitWhenParentGoes(async () => {
  await Promise.allSettled([ours.stop(), peer.stop()]);
  await db.close();
});
