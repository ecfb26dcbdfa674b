import { Command, Option } from 'commander';
import { createWriteStream } from 'node:fs';
import { GraphQLError } from 'graphql';
import { loadConfig } from '../config.js';
import { connectForCli } from '../db/cli-connection.js';
import { createLogger } from '../logger.js';
import { EXPORT_FORMATS, EXPORT_KINDS, exportParams, isExportFormat, isExportKind } from './export-kinds.js';
import { writeExport } from './export-format.js';
import { exportRows } from './export-rows.js';

/**
 * `npm run export -- <commitments|requests|decisions|agreements> --format csv|ndjson [filters] [--out file]`
 *
 * Every matching row, streamed to stdout (or --out), each with its evidence quote and source
 * URL. The filters are those of the API's filter input of the kind (`--municipality GM0505
 * --status OVERDUE`, `--made-by person:gm0505:lambrechts`, `--from 2020-01-01` ...).
 */
const FILTERS: readonly [flag: string, name: string, help: string][] = [
  ['--municipality <code>', 'municipality', 'CBS code, e.g. GM0505 (all kinds)'],
  ['--text <words>', 'text', 'text contains this, ignoring case (all kinds)'],
  ['--concerns <id>', 'concerns', 'concerning this entity (all kinds)'],
  ['--made-by <id>', 'madeBy', 'commitments: made by this actor'],
  ['--status <status>', 'status', 'commitments: OPEN, FULFILLED, WITHDRAWN or OVERDUE'],
  ['--due-before <date>', 'dueBefore', 'commitments: due window ends on or before'],
  ['--due-after <date>', 'dueAfter', 'commitments: due window starts on or after'],
  ['--policy <id>', 'policy', 'commitments: about this policy'],
  ['--dossier <id>', 'dossier', 'commitments, requests: in this dossier'],
  ['--meeting <id>', 'meeting', 'commitments, requests, decisions: in this meeting'],
  ['--raised-by <id>', 'raisedBy', 'requests: raised by this actor'],
  ['--kind <kind>', 'kind', 'requests: QUESTION, REQUEST, ...; agreements: subsidy, contract, ...'],
  ['--from <date>', 'from', 'requests, decisions: on or after'],
  ['--to <date>', 'to', 'requests, decisions: on or before'],
  ['--outcome <outcome>', 'outcome', 'decisions: with this outcome'],
  ['--party <id>', 'party', 'agreements: with this party'],
  ['--active-from <date>', 'activeFrom', 'agreements: running on or after'],
  ['--active-to <date>', 'activeTo', 'agreements: running on or before'],
];

const program = new Command()
  .name('raadsgraaf-export')
  .description('Export commitments, requests, decisions or agreements with their evidence, as CSV or NDJSON.')
  .argument('<kind>', EXPORT_KINDS.join(' | '))
  .addOption(new Option('-f, --format <format>', 'output format').choices([...EXPORT_FORMATS]).default('csv'))
  .option('-o, --out <file>', 'write to this file instead of stdout')
  .showHelpAfterError();
for (const [flag, , help] of FILTERS) program.option(flag, help);

async function main(): Promise<number> {
  program.parse();
  const kind = program.args[0] ?? '';
  const options = program.opts<Record<string, string | undefined>>();
  const format = options.format ?? 'csv';
  if (!isExportKind(kind)) throw new Error(`'${kind}' is not an export; use ${EXPORT_KINDS.join(', ')}`);
  if (!isExportFormat(format)) throw new Error(`'${format}' is not a format; use csv or ndjson`);
  const given: Record<string, string> = {};
  for (const [, name] of FILTERS) {
    const value = options[name];
    if (value !== undefined) given[name] = value;
  }
  const params = exportParams(kind, given);

  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const { db, embedded } = await connectForCli(config, logger);
  try {
    const out = options.out !== undefined ? createWriteStream(options.out) : process.stdout;
    await writeExport(exportRows(db, kind, params), kind, format, out);
  } finally {
    await db.close();
    await embedded?.stop();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A reader that stopped early (`| head`) is no failure of the export.
    if (error instanceof Error && (error as NodeJS.ErrnoException).code === 'EPIPE') process.exit(0);
    const message = error instanceof GraphQLError ? error.message.replace(/^(\w+):/, (_m, a: string) => `--${a.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:`) : error instanceof Error ? error.message : String(error);
    process.stderr.write(`raadsgraaf-export: ${message}\n`);
    process.exit(2);
  },
);
