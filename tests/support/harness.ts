import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { inject } from 'vitest';
import { parseApiKeys } from '../../src/auth/api-keys.js';
import { createContext, type Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { testDatabase } from './global-setup.js';

/** The shared test database (started by global-setup.ts), one driver per test file. */
export function connectTestDatabase(): Database {
  return testDatabase(inject('neo4jUri'));
}

export const testLogger = createLogger(process.env.LOG_LEVEL ?? 'silent');

export function createTestServer(db: Database): ApolloServer<Context> {
  return createServer({ db, logger: testLogger });
}

/** A started server on the shared test database, for a file's beforeAll; close with closeTestServer. */
export async function openTestServer(): Promise<{ db: Database; server: ApolloServer<Context> }> {
  const db = connectTestDatabase();
  const server = createTestServer(db);
  await server.start();
  return { db, server };
}

export async function closeTestServer(server: ApolloServer<Context>, db: Database): Promise<void> {
  await server.stop();
  await db.close();
}

/** Removes what a test wrote for its own municipality: its sources, with their passages and texts, and every node it owns. */
export async function wipeMunicipality(db: Database, municipality: string): Promise<void> {
  await db.write(
    `MATCH (s:Source {municipality: $m})
     OPTIONAL MATCH (p:Passage)-[:FROM_SOURCE]->(s)
     OPTIONAL MATCH (s)-[:HAS_TEXT]->(t:SourceText)
     DETACH DELETE p, t, s`,
    { m: municipality },
  );
  await db.write('MATCH (n) WHERE n.municipality = $m DETACH DELETE n', { m: municipality });
}

/** A test server whose municipality starts empty, with a scratch folder for the file's documents. */
export interface ScratchServer {
  readonly db: Database;
  readonly server: ApolloServer<Context>;
  readonly scratch: string;
  /** Wipes the municipality again, stops the server and removes the scratch folder: for afterAll. */
  readonly close: () => Promise<void>;
}

/** openTestServer, then `municipality` wiped and a scratch folder `raadsgraaf-<name>-*` made. */
export async function openScratchServer(municipality: string, name: string): Promise<ScratchServer> {
  const { db, server } = await openTestServer();
  await wipeMunicipality(db, municipality);
  const scratch = mkdtempSync(join(tmpdir(), `raadsgraaf-${name}-`));
  const close = async () => {
    await wipeMunicipality(db, municipality);
    await closeTestServer(server, db);
    rmSync(scratch, { recursive: true, force: true });
  };
  return { db, server, scratch, close };
}

/**
 * Takes a connection and keeps it (an open write transaction) until the returned function is
 * called; that function gives it back and waits for the transaction to end. On a pool of one,
 * everything else waits meanwhile.
 */
export async function holdAConnection(db: Database): Promise<() => Promise<void>> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let holding!: () => void;
  const isHolding = new Promise<void>((resolve) => (holding = resolve));
  const transaction = db.writeTransaction(async (run) => {
    await run('RETURN 1 AS one');
    holding();
    await held;
  });
  await isHolding;
  return async () => {
    release();
    await transaction;
  };
}

export interface GqlResult {
  data?: Record<string, unknown> | null;
  errors?: readonly { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[];
}

/** The keys the tests authenticate with (the server under test accepts exactly these). */
export const TEST_EDITOR_KEY = 'test-editor-key-0123456789';
export const TEST_READER_KEY = 'test-reader-key-0123456789';
/** An editor key with its holder's name (`key:editor:Name`): a change made with it records the name. */
export const TEST_NAMED_EDITOR_KEY = 'test-named-editor-key-0123456789';
export const TEST_NAMED_EDITOR = 'Griffie (test)';
export const TEST_API_KEYS = parseApiKeys(`${TEST_EDITOR_KEY}:editor,${TEST_READER_KEY}:reader,${TEST_NAMED_EDITOR_KEY}:editor:${TEST_NAMED_EDITOR}`);

/** Request headers a test sends; only `authorization` is read. */
export interface TestHeaders {
  readonly authorization?: string;
}

/** Runs one named operation through Apollo's executeOperation with a fresh request context. */
export async function execute(
  server: ApolloServer<Context>,
  db: Database,
  query: string,
  variables: Record<string, unknown> = {},
  headers: TestHeaders = {},
): Promise<GqlResult> {
  const response = await server.executeOperation({ query, variables }, { contextValue: createContext(db, testLogger, headers, TEST_API_KEYS) });
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  return JSON.parse(JSON.stringify({ data, ...(errors ? { errors } : {}) })) as GqlResult;
}
