import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.js';
import { applySchema } from '../db/apply-schema.js';
import type { Database } from '../db/database.js';
import { connectForCli } from '../db/cli-connection.js';
import type { EmbeddedNeo4j } from '../db/embedded-neo4j.js';
import { createLogger } from '../logger.js';
import { collectFiles, ingestFiles, unknownMunicipalityMessage, type FileOutcome } from './ingest-file.js';
import { resolveMunicipality } from './municipalities.js';
import { maxIngestBytes } from './read-source.js';
import { publishedDate, sourceUrlArgument } from './source-meta.js';
import { summarise, formatSummary } from './summary.js';

/**
 * `npm run ingest -- <file or folder>... [--municipality GM0505] [--dry-run] [--json]`
 *
 * A `.json` file named on the command line is an Open Raadsinformatie export: each of its records is
 * loaded as a source of its own (src/ingest/ori/), and counted as a file in the summary.
 *
 * One transaction per file; a bad file is reported and skipped, the rest goes on, and the exit
 * code is 1 when any file failed. The database is NEO4J_URI, else a running `npm start`'s
 * embedded Neo4j, else an embedded Neo4j started for this run.
 */
const program = new Command()
  .name('raadsgraaf-ingest')
  .description('Read council documents (.txt, .pdf, Open Raadsinformatie .json exports) and load their facts, with evidence, into the graph.')
  .argument('<paths...>', 'files or folders (folders are read recursively for .txt and .pdf; name an ORI .json export itself)')
  .option('-m, --municipality <code>', 'CBS code (GM0505) or name, current or former (Leeuwarderadeel), for documents that do not say', (value) => {
    if (resolveMunicipality(value) === null) throw new InvalidArgumentError(unknownMunicipalityMessage(value));
    return value;
  })
  .option('--source-url <url>', 'where the document is published (one file only; else a sidecar <file>.json or a SOURCE: first line)', (value) => {
    const url = sourceUrlArgument(value);
    if (url === null) throw new InvalidArgumentError(`'${value}' is not an http(s) URL`);
    return url;
  })
  .option('--source-title <title>', 'the document\'s title (one file only)')
  .option('--published-at <date>', 'the day the document was published, YYYY-MM-DD (one file only)', (value) => {
    try {
      return publishedDate(value);
    } catch (error) {
      throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
    }
  })
  .option('--dry-run', 'extract only; write nothing')
  .option('--json', 'print the extracted facts (with evidence) as JSON on stdout')
  .option('--no-progress', 'no progress bar')
  .showHelpAfterError();

interface CliOptions {
  municipality?: string;
  sourceUrl?: string;
  sourceTitle?: string;
  publishedAt?: string;
  dryRun?: boolean;
  json?: boolean;
  progress: boolean;
}

async function main(): Promise<number> {
  program.parse();
  const paths = program.args;
  const options = program.opts<CliOptions>();
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  try {
    maxIngestBytes();
  } catch (error) {
    process.stderr.write(`raadsgraaf-ingest: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const files = await collectFiles(paths);
  if (files.length === 0) {
    process.stderr.write('raadsgraaf-ingest: no .txt, .pdf or .json files in the paths given\n');
    return 1;
  }
  const meta = {
    ...(options.sourceUrl !== undefined ? { url: options.sourceUrl } : {}),
    ...(options.sourceTitle !== undefined ? { title: options.sourceTitle.trim() } : {}),
    ...(options.publishedAt !== undefined ? { publishedAt: options.publishedAt } : {}),
  };
  if (Object.keys(meta).length > 0 && files.length > 1) {
    process.stderr.write('raadsgraaf-ingest: --source-url, --source-title and --published-at describe one file; give one file, or a sidecar <file>.json per file\n');
    return 1;
  }

  let embedded: EmbeddedNeo4j | null = null;
  let db: Database | null = null;
  if (!options.dryRun) {
    ({ db, embedded } = await connectForCli(config, logger));
    await applySchema(db);
  }

  const bar =
    options.progress && files.length >= 10 && process.stderr.isTTY
      ? new cliProgress.SingleBar({ stream: process.stderr, format: 'ingest [{bar}] {value}/{total} files | {eta_formatted} left | {file}' }, cliProgress.Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: '' });
  const started = Date.now();
  let outcomes: FileOutcome[] = [];
  try {
    const ingestOptions = { dryRun: options.dryRun === true, meta, ...(options.municipality !== undefined ? { municipality: options.municipality } : {}) };
    let done = 0;
    outcomes = await ingestFiles(db, files, ingestOptions, (outcome) => {
      // An ORI export gives one outcome per record: the bar grows with them.
      done += 1;
      if (bar !== null && done > bar.getTotal()) bar.setTotal(done);
      bar?.increment(1, { file: outcome.path });
    });
  } finally {
    bar?.stop();
    await db?.close();
    await embedded?.stop();
  }

  const summary = summarise(outcomes, Date.now() - started, options.dryRun === true);
  if (options.json) {
    const documents = outcomes.flatMap((o) => (o.ok ? [o.document] : []));
    process.stdout.write(`${JSON.stringify({ documents, summary }, null, 2)}\n`);
  }
  process.stderr.write(formatSummary(summary));
  return summary.failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`raadsgraaf-ingest: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
