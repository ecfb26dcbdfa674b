/**
 * The bench store: a folder with an embedded Neo4j's data, filled with the synthetic council graph
 * (synthetic-council.ts) through the real loader (src/ingest/load.ts loadDocuments, LOAD_BATCH
 * documents per transaction), and a `bench-data.json` that says what it holds. `npm run
 * bench:data` builds one; `npm run bench:compare` opens it (and builds it first when missing).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { applySchema } from '../../src/db/apply-schema.js';
import { Database } from '../../src/db/database.js';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../../src/db/embedded-neo4j.js';
import { LOAD_BATCH } from '../../src/ingest/ingest-file.js';
import { loadDocuments } from '../../src/ingest/load.js';
import type { Logger } from '../../src/logger.js';
import { SyntheticCouncil, type SyntheticDocument } from './synthetic-council.js';

export interface StoreInfo {
  readonly nodesTarget: number;
  readonly municipalities: number;
  readonly documents: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
  readonly batch: number;
  readonly seed: number;
  readonly builtAt: string;
}

export interface OpenStore {
  readonly db: Database;
  readonly neo4j: EmbeddedNeo4j;
  readonly info: StoreInfo;
  close(): Promise<void>;
}

export const DEFAULT_NODES = 10_000;
export const SEED = 20261127;

/** Where the store of a size lives unless told: one folder per size, kept between runs. */
export const defaultStoreDir = (nodes: number): string => join(process.env.BENCH_STORE_ROOT ?? tmpdir(), `raadsgraaf-bench-${nodes}`);

/** Municipalities for a size: about one per 4,000 nodes, at least 10, at most every current one. */
export const municipalitiesFor = (nodes: number): number => Math.max(10, Math.min(342, Math.ceil(nodes / 4_000)));

const INFO = 'bench-data.json';

export function readStoreInfo(dir: string): StoreInfo | null {
  const path = join(dir, INFO);
  if (!existsSync(path)) return null;
  return JSON.parse(readFileSync(path, 'utf8')) as StoreInfo;
}

/** Bytes under a folder (du -sb), 0 when it does not exist. */
export function folderBytes(path: string): number {
  if (!existsSync(path)) return 0;
  return Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);
}

export const storeSizes = (dir: string): { store: number; txLogs: number } => ({
  store: folderBytes(join(dir, 'neo4j', 'data', 'databases', 'neo4j')),
  txLogs: folderBytes(join(dir, 'neo4j', 'data', 'transactions', 'neo4j')),
});

async function start(dir: string, logger: Logger, memory: { heap: string; pagecache: string }): Promise<{ db: Database; neo4j: EmbeddedNeo4j }> {
  const port = process.env.NEO4J_EMBEDDED_PORT === undefined ? 0 : Number(process.env.NEO4J_EMBEDDED_PORT);
  const neo4j = await startEmbeddedNeo4j({ dataDir: join(dir, 'neo4j'), port, heap: memory.heap, pagecache: memory.pagecache, txTimeoutMs: 600_000, startTimeoutMs: 300_000, logger, maxRestarts: 0 });
  const db = Database.create({ uri: neo4j.uri, user: 'neo4j', password: '', database: 'neo4j', txTimeoutMs: 600_000, connectTimeoutMs: 30_000 });
  try {
    await db.verify();
  } catch (error) {
    await db.close();
    await neo4j.stop();
    throw error;
  }
  return { db, neo4j };
}

const n = (x: unknown): number => (typeof x === 'number' ? x : typeof x === 'bigint' ? Number(x) : Number(String(x)));

export async function countGraph(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read('MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  return { nodes: n(row?.nodes), relationships: n(row?.relationships) };
}

export interface BuildOptions {
  readonly nodes: number;
  readonly dir: string;
  readonly batch?: number;
  readonly heap?: string;
  readonly pagecache?: string;
  readonly logger: Logger;
  /** Told every few seconds: documents and nodes written so far. */
  readonly progress?: (documents: number, nodes: number, seconds: number) => void;
}

/**
 * Builds the store from nothing (an existing folder is removed first): schema, then synthetic
 * documents through loadDocuments until the graph holds at least `nodes` nodes (fact nodes,
 * passages, sources and their texts). Returns it open.
 */
export async function buildStore(options: BuildOptions): Promise<OpenStore> {
  const batch = options.batch ?? LOAD_BATCH;
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(options.dir, { recursive: true });
  const { db, neo4j } = await start(options.dir, options.logger, { heap: options.heap ?? '1g', pagecache: options.pagecache ?? '512m' });
  const close = async () => {
    await db.close();
    await neo4j.stop();
  };
  try {
    await applySchema(db);
    const municipalities = municipalitiesFor(options.nodes);
    const council = new SyntheticCouncil(municipalities, SEED);
    const ids = new Set<string>();
    let nodes = 0;
    let documents = 0;
    let lastReport = performance.now();
    const t0 = performance.now();
    while (nodes < options.nodes) {
      const docs: SyntheticDocument[] = [];
      while (docs.length < batch && nodes < options.nodes) {
        const d = council.next();
        docs.push(d);
        const passages = new Set<string>();
        for (const node of d.doc.nodes) {
          if (!ids.has(node.id)) {
            ids.add(node.id);
            nodes++;
          }
          for (const p of node.evidence) passages.add(`${p.start}-${p.end}`);
        }
        for (const e of d.doc.edges) for (const p of e.evidence) passages.add(`${p.start}-${p.end}`);
        nodes += passages.size + 2; // its passages, its Source and its SourceText
      }
      const outcomes = await loadDocuments(
        db,
        docs.map((d) => ({ doc: d.doc, textLength: d.text.length, content: { url: null, title: null, publishedAt: null, text: d.text } })),
      );
      const failed = outcomes.find((o) => !o.ok);
      if (failed !== undefined && !failed.ok) throw new Error(`loading a synthetic document failed: ${failed.error.message}`);
      documents += docs.length;
      if (options.progress !== undefined && performance.now() - lastReport > 5_000) {
        lastReport = performance.now();
        options.progress(documents, nodes, (lastReport - t0) / 1000);
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    const counted = await countGraph(db);
    const info: StoreInfo = {
      nodesTarget: options.nodes,
      municipalities,
      documents,
      nodes: counted.nodes,
      relationships: counted.relationships,
      seconds: Math.round(seconds * 10) / 10,
      batch,
      seed: SEED,
      builtAt: new Date().toISOString(),
    };
    writeFileSync(join(options.dir, INFO), `${JSON.stringify(info, null, 2)}\n`);
    return { db, neo4j, info, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Opens the store in `dir`, building it first when it holds none of that size. */
export async function openStore(options: BuildOptions): Promise<OpenStore & { built: boolean }> {
  const info = readStoreInfo(options.dir);
  if (info === null || info.nodesTarget !== options.nodes) return { ...(await buildStore(options)), built: true };
  const { db, neo4j } = await start(options.dir, options.logger, { heap: options.heap ?? '1g', pagecache: options.pagecache ?? '512m' });
  await applySchema(db);
  return {
    db,
    neo4j,
    info,
    built: false,
    close: async () => {
      await db.close();
      await neo4j.stop();
    },
  };
}
