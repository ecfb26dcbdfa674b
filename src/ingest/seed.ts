import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { collectFiles, ingestFile } from './ingest-file.js';

export interface SeedSummary {
  readonly files: number;
  readonly loaded: number;
  readonly unchanged: number;
  readonly failed: readonly string[];
}

/**
 * Loads `seeds/documents/<municipality>/*` into the database. Idempotent: files the database has
 * seen with the same content are skipped, so this runs at every start-up.
 */
export async function loadSeeds(db: Database, seedDir: string, logger: Logger): Promise<SeedSummary> {
  const files = await collectFiles([seedDir]);
  let loaded = 0;
  let unchanged = 0;
  const failed: string[] = [];
  for (const file of files) {
    const outcome = await ingestFile(db, file);
    if (!outcome.ok) {
      failed.push(outcome.error);
      logger.error({ file, error: outcome.error }, 'seed file failed');
    } else if (outcome.load?.status === 'unchanged') {
      unchanged++;
    } else {
      loaded++;
    }
  }
  return { files: files.length, loaded, unchanged, failed };
}
