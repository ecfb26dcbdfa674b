import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config.js';
import { applySchema } from '../db/apply-schema.js';
import { connectForCli } from '../db/cli-connection.js';
import { createLogger } from '../logger.js';
import { unknownMunicipalityMessage } from './ingest-file.js';
import { resolveMunicipality } from './municipalities.js';
import { reextractStored, type ReextractOutcome } from './reextract.js';

/**
 * `npm run reextract -- [--municipality GM0505]`: extracts every stored document again from its
 * stored text and replaces its facts (reextract.ts), e.g. to split persons an older store merged
 * under one surname. Prints one line per source and a count; exit code 1 when any source failed.
 * The database is found as for `npm run ingest`.
 */
const program = new Command()
  .name('raadsgraaf-reextract')
  .description('Extract every stored document again with the current extractor and person identity rule, replacing its facts.')
  .option('-m, --municipality <code>', 'only this municipality (CBS code or name)', (value) => {
    const m = resolveMunicipality(value);
    if (m === null) throw new InvalidArgumentError(unknownMunicipalityMessage(value));
    return m.cbsCode;
  })
  .showHelpAfterError();

async function main(): Promise<number> {
  program.parse();
  const options = program.opts<{ municipality?: string }>();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn');
  const { db, embedded } = await connectForCli(loadConfig(), logger);
  let outcomes: ReextractOutcome[] = [];
  try {
    await applySchema(db);
    outcomes = await reextractStored(db, options.municipality === undefined ? {} : { municipality: options.municipality }, (o) => {
      process.stderr.write(`${o.status.padEnd(9)} ${o.fileName}${'reason' in o ? `: ${o.reason}` : ''}\n`);
    });
  } finally {
    await db.close();
    await embedded?.stop();
  }
  const count = (s: string) => outcomes.filter((o) => o.status === s).length;
  process.stderr.write(`${outcomes.length} sources: ${count('replaced')} replaced, ${count('skipped')} skipped, ${count('failed')} failed\n`);
  return count('failed') > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`raadsgraaf-reextract: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
