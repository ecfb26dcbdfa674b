import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import { createContext, type Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { explorerHandler } from '../../src/http/explorer.js';
import { testLogger } from '../support/harness.js';

/**
 * The browser tests' HTTP server on 127.0.0.1: `/graphql` runs the real Apollo server (through its
 * transport-neutral executeHTTPGraphQLRequest, as any integration does), everything else is the
 * explorer handler from src/http/explorer.ts, so the page and the API share one origin as in production.
 */
export interface ExplorerServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startExplorerServer(apollo: ApolloServer<Context>, db: Database, explorerDir: string): Promise<ExplorerServer> {
  const explorer = explorerHandler(explorerDir);
  const server: Server = createHttpServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      graphql(apollo, db, req, res).catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
      });
      return;
    }
    explorer(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections();
      server.close((error) => (error ? reject(error) : resolve()));
    }),
  };
}

async function graphql(apollo: ApolloServer<Context>, db: Database, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method ?? 'GET',
      headers,
      search: new URL(req.url ?? '/', 'http://127.0.0.1').search,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    },
    context: async () => createContext(db, testLogger, { authorization: req.headers.authorization }),
  });
  res.statusCode = result.status ?? 200;
  for (const [name, value] of result.headers) res.setHeader(name, value);
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}
