import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';

/**
 * The embedded default: Neo4j Community in a child JVM (neo4j-launcher/Neo4jLauncher.java),
 * Bolt on 127.0.0.1 only. The JVM stops when `stop()` is called, when it gets SIGTERM/SIGINT,
 * and when this process goes away for any reason (it watches its stdin, which we hold open).
 */

const launcherDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../neo4j-launcher');
const READY = 'RAADSGRAAF_NEO4J_READY ';
const FAILED = 'RAADSGRAAF_NEO4J_FAILED ';

/** JVM flags Neo4j 5 needs on Java 17 (as its own start script passes them). */
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dlog4j2.disable.jmx=true',
];

export interface EmbeddedOptions {
  readonly dataDir: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly heap: string;
  readonly pagecache: string;
  readonly txTimeoutMs: number;
  readonly startTimeoutMs: number;
  readonly logger: Logger;
}

export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export class EmbeddedNeo4jError extends Error {
  override readonly name = 'EmbeddedNeo4jError';
}

export function launcherClasspath(): string {
  const file = join(launcherDir, 'classpath.txt');
  if (!existsSync(file)) {
    throw new EmbeddedNeo4jError(
      'the embedded Neo4j is not installed (neo4j-launcher/classpath.txt is missing). ' +
        'Install Java 17+ and Maven, then run `npm run postinstall`; or set NEO4J_URI to use your own Neo4j server.',
    );
  }
  return readFileSync(file, 'utf8').trim();
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const classpath = launcherClasspath();
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const args = [
    `-Xmx${options.heap}`,
    `-Xms${options.heap}`,
    ...JVM_FLAGS,
    '-cp',
    classpath,
    join(launcherDir, 'Neo4jLauncher.java'),
    `--data-dir=${dataDir}`,
    `--port=${options.port}`,
    `--pagecache=${options.pagecache}`,
    `--tx-timeout=${options.txTimeoutMs}ms`,
  ];
  const started = Date.now();
  // Own process group: a terminal's Ctrl-C reaches only us, and we stop the database in order.
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  createInterface({ input: child.stderr! }).on('line', (line) => {
    remember(line);
    options.logger.debug({ neo4j: line }, 'neo4j stderr');
  });

  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));

  const uri = await new Promise<string>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`the embedded Neo4j did not start within ${options.startTimeoutMs} ms; last output: ${tail.join(' | ') || '(none)'}`));
    }, options.startTimeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`could not run java for the embedded Neo4j: ${error.message}. Install Java 17+ or set NEO4J_URI.`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`the embedded Neo4j exited with code ${code} before it was ready; last output: ${tail.join(' | ') || '(none)'}`));
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(READY)) {
        clearTimeout(timer);
        resolveReady(line.slice(READY.length).trim());
      } else if (line.startsWith(FAILED)) {
        clearTimeout(timer);
        const reason = line.slice(FAILED.length);
        const hint = /lock/i.test(reason) ? ` (is another raadsgraaf using ${dataDir}? stop it, or set NEO4J_DATA_DIR)` : '';
        reject(new EmbeddedNeo4jError(`the embedded Neo4j could not start: ${reason}${hint}`));
      } else {
        remember(line);
        options.logger.debug({ neo4j: line }, 'neo4j stdout');
      }
    });
  });
  options.logger.info({ uri, ms: Date.now() - started, dataDir, pid: child.pid }, 'embedded Neo4j ready');

  return { uri, pid: child.pid ?? -1, stop: () => stopChild(child, exited, options.logger) };
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, logger: Logger): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const started = Date.now();
  child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 60_000).unref());
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    logger.error('the embedded Neo4j did not stop within 60 s; killing it');
    child.kill('SIGKILL');
    await exited;
  }
  logger.info({ ms: Date.now() - started }, 'embedded Neo4j stopped');
}
