import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.js';

/**
 * The embedded default: Neo4j Community in a child JVM (neo4j-launcher/Neo4jLauncher.java),
 * Bolt on 127.0.0.1 only. The JVM stops when `stop()` is called, when it gets SIGTERM/SIGINT,
 * and when this process goes away for any reason (it watches its stdin, which we hold open).
 *
 * Supervised: when the JVM dies on its own (a crash, kill -9, out of memory), that is logged and
 * it is started again on the same port and data folder, after a backoff (0.5 s, 1 s, 2 s, ...
 * up to 30 s), at most `maxRestarts` times in a row (a JVM that then stays up for a minute
 * resets the count). Neo4j's recovery replays the transaction log, so every committed write
 * is still there. `state()` tells readiness checks where it stands.
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
  /** 0 picks a free port (kept for restarts). */
  readonly port: number;
  readonly heap: string;
  readonly pagecache: string;
  readonly txTimeoutMs: number;
  readonly startTimeoutMs: number;
  readonly logger: Logger;
  /** Restarts in a row before giving up (state `down`); 0 turns supervision off. Default 5. */
  readonly maxRestarts?: number;
  /**
   * CPU niceness of the JVM (0-19; 0 or unset: as the caller's). On one host the database's many
   * threads otherwise keep the API's single event loop waiting for a CPU, and a refusal or /health
   * waits behind queries. Started through `nice`, so every JVM thread has it, and on Linux with
   * autogroup scheduling its session group gets it too; not on Windows.
   */
  readonly nice?: number;
}

/** `up`: the JVM answers; `restarting`: it died and is being started again; `down`: given up, or stopped. */
export type EmbeddedState = 'up' | 'restarting' | 'down';

export interface EmbeddedNeo4j {
  readonly uri: string;
  /** The current JVM's process id. */
  readonly pid: number;
  state(): EmbeddedState;
  /** Called on every change of state. */
  onStateChange(listener: (state: EmbeddedState) => void): () => void;
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

const DEFAULT_MAX_RESTARTS = 5;
/** A JVM that stayed up this long is healthy again: its next death starts a fresh count. */
const STABLE_MS = 60_000;
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;

/** The wait before restart number `attempt` (1, 2, ...). */
export function restartBackoffMs(attempt: number): number {
  return Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS);
}

export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const first = await launch(options, dataDir, options.port);
  return new SupervisedNeo4j(first, options, dataDir);
}

interface Jvm {
  readonly uri: string;
  readonly child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly startedAt: number;
}

class SupervisedNeo4j implements EmbeddedNeo4j {
  private current: Jvm;
  private status: EmbeddedState = 'up';
  private stopping = false;
  private restarts = 0;
  private restarting: Promise<void> | null = null;
  /** Cuts a restart's backoff short when `stop()` is called. */
  private readonly stopped = new AbortController();
  private readonly listeners = new Set<(state: EmbeddedState) => void>();
  readonly uri: string;

  constructor(
    first: Jvm,
    private readonly options: EmbeddedOptions,
    private readonly dataDir: string,
  ) {
    this.current = first;
    this.uri = first.uri;
    this.watch(first);
  }

  get pid(): number {
    return this.current.child.pid ?? -1;
  }

  state(): EmbeddedState {
    return this.status;
  }

  onStateChange(listener: (state: EmbeddedState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.stopped.abort();
    await this.restarting;
    await stopChild(this.current, this.options.logger);
    this.set('down');
  }

  private set(state: EmbeddedState): void {
    if (this.status === state) return;
    this.status = state;
    for (const listener of this.listeners) listener(state);
  }

  private watch(jvm: Jvm): void {
    void jvm.exited.then(({ code, signal }) => {
      if (this.stopping || jvm !== this.current) return;
      const ranMs = Date.now() - jvm.startedAt;
      this.options.logger.error({ pid: jvm.child.pid, code, signal, ranMs }, 'the embedded Neo4j stopped unexpectedly');
      if (ranMs >= STABLE_MS) this.restarts = 0;
      this.restarting = this.restart().finally(() => (this.restarting = null));
    });
  }

  private async restart(): Promise<void> {
    const max = this.options.maxRestarts ?? DEFAULT_MAX_RESTARTS;
    const port = Number(new URL(this.uri).port);
    this.set('restarting');
    while (this.restarts < max && !this.stopping) {
      this.restarts += 1;
      const wait = restartBackoffMs(this.restarts);
      this.options.logger.warn({ attempt: this.restarts, of: max, inMs: wait }, 'restarting the embedded Neo4j');
      await sleep(wait, undefined, { signal: this.stopped.signal }).catch(() => undefined);
      if (this.stopping) break;
      try {
        const jvm = await launch(this.options, this.dataDir, port, this.stopped.signal);
        this.current = jvm;
        if (this.stopping) {
          await stopChild(jvm, this.options.logger);
          break;
        }
        this.watch(jvm);
        this.options.logger.info({ attempt: this.restarts, pid: jvm.child.pid }, 'the embedded Neo4j is back');
        this.set('up');
        return;
      } catch (error) {
        this.options.logger.error({ err: error, attempt: this.restarts }, 'the embedded Neo4j did not restart');
      }
    }
    if (!this.stopping) this.options.logger.fatal({ restarts: this.restarts }, 'gave up restarting the embedded Neo4j; the API answers SERVICE_UNAVAILABLE');
    this.set('down');
  }
}

/**
 * The launcher compiled once into `neo4j-launcher/build/` (beside the classpath file; rebuilt
 * when the source is newer). Running `Neo4jLauncher.java` as a source file instead makes every
 * start compile it against Neo4j's whole classpath first: 5 s of CPU on each (re)start, 17 s
 * on a loaded 2-core machine. Null when javac is missing or fails: the source file is run then.
 */
async function compiledLauncher(classpath: string, logger: Logger): Promise<string | null> {
  const source = join(launcherDir, 'Neo4jLauncher.java');
  const buildDir = join(launcherDir, 'build');
  const compiled = join(buildDir, 'Neo4jLauncher.class');
  if (existsSync(compiled) && statSync(compiled).mtimeMs >= statSync(source).mtimeMs) return buildDir;
  // Compiled aside and renamed into place: other processes may start a Neo4j at the same time.
  const scratch = mkdtempSync(join(launcherDir, '.build-'));
  try {
    const code = await new Promise<number | null>((done) => {
      const javac = spawn('javac', ['-nowarn', '-d', scratch, '-cp', classpath, source], { stdio: 'ignore' });
      javac.once('error', () => done(null));
      javac.once('exit', (exit) => done(exit));
    });
    if (code !== 0) {
      logger.warn({ code }, 'could not compile the Neo4j launcher; running it as a source file');
      return null;
    }
    rmSync(buildDir, { recursive: true, force: true });
    try {
      renameSync(scratch, buildDir);
    } catch {
      // another process put its build in place first: the same class
    }
    return existsSync(compiled) ? buildDir : null;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function launch(options: EmbeddedOptions, dataDir: string, port: number, signal?: AbortSignal): Promise<Jvm> {
  const classpath = launcherClasspath();
  const compiled = await compiledLauncher(classpath, options.logger);
  const args = [
    `-Xmx${options.heap}`,
    `-Xms${options.heap}`,
    ...JVM_FLAGS,
    '-cp',
    ...(compiled === null ? [classpath, join(launcherDir, 'Neo4jLauncher.java')] : [`${compiled}${delimiter}${classpath}`, 'Neo4jLauncher']),
    `--data-dir=${dataDir}`,
    `--port=${port}`,
    `--pagecache=${options.pagecache}`,
    `--tx-timeout=${options.txTimeoutMs}ms`,
  ];
  const started = Date.now();
  // Own process group: a terminal's Ctrl-C reaches only us, and we stop the database in order.
  const nice = options.nice ?? 0;
  const [command, argv] = nice > 0 && process.platform !== 'win32' ? ['nice', ['-n', String(nice), 'java', ...args]] : ['java', args];
  const child = spawn(command, argv, { stdio: ['pipe', 'pipe', 'pipe'], detached: true });
  // Linux with autogroup scheduling shares the CPU between sessions first, and the JVM leads a session
  // of its own (detached): its threads' niceness counts only among themselves, its group's against ours.
  if (nice > 0 && child.pid !== undefined && existsSync(`/proc/${child.pid}/autogroup`)) {
    try {
      writeFileSync(`/proc/${child.pid}/autogroup`, String(nice));
    } catch (error) {
      options.logger.debug({ err: error }, 'could not set the embedded Neo4j session group niceness');
    }
  }
  const tail: string[] = [];
  const remember = (line: string) => {
    tail.push(line);
    if (tail.length > 20) tail.shift();
  };
  createInterface({ input: child.stderr! }).on('line', (line) => {
    remember(line);
    options.logger.debug({ neo4j: line }, 'neo4j stderr');
  });

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit({ code, signal })),
  );

  let abandon: (() => void) | undefined;
  const ready = new Promise<string>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError(`the embedded Neo4j did not start within ${options.startTimeoutMs} ms; last output: ${tail.join(' | ') || '(none)'}`));
    }, options.startTimeoutMs);
    // stop() while it starts: a JVM that is not serving yet has nothing to close cleanly
    abandon = () => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new EmbeddedNeo4jError('the embedded Neo4j was stopped while it was starting'));
    };
    if (signal?.aborted === true) abandon();
    else signal?.addEventListener('abort', abandon, { once: true });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new EmbeddedNeo4jError(`could not run java for the embedded Neo4j: ${error.message}. Install Java 17+ or set NEO4J_URI.`));
    });
    void exited.then(({ code }) => {
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
  let uri: string;
  try {
    uri = await ready;
  } finally {
    if (abandon !== undefined) signal?.removeEventListener('abort', abandon);
  }
  options.logger.info({ uri, ms: Date.now() - started, dataDir, pid: child.pid }, 'embedded Neo4j ready');
  return { uri, child, exited, startedAt: Date.now() };
}

async function stopChild({ child, exited }: Jvm, logger: Logger): Promise<void> {
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
