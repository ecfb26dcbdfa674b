import type { Database } from '../db/database.js';
import { cypher } from '../db/cypher.js';
import { extractDocument } from './extract-document.js';
import { loadDocument, type LoadStatus } from './load.js';
import { municipalityNodeProps } from './municipalities.js';
import { municipalityId } from './ids.js';
import { ORI_SOURCE_FORMAT } from './ori/ori-documents.js';
import { PersonRegistry } from './person-registry.js';

const STORED_SOURCES = cypher('ingest/stored-sources');
const MARK_STALE = cypher('ingest/mark-source-stale');

export type ReextractOutcome =
  | { readonly sourceId: string; readonly fileName: string; readonly status: LoadStatus }
  | { readonly sourceId: string; readonly fileName: string; readonly status: 'skipped' | 'failed'; readonly reason: string };

type StoredSource = {
  id: string;
  fileName: string;
  sha256: string;
  format: string | null;
  municipality: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  text: string | null;
};

/**
 * Extracts every stored document again from the text the store keeps, with today's extractor and
 * person identity rule, and replaces each document's facts (as a changed file would; curated
 * commitment statuses are kept). This is the migration for a store built by an older extractor:
 * persons merged under the old surname key (`person:<gm>:otten` holding J.K. and L. Otten) come
 * apart, the one the stored node's name agrees with keeping its id. Documents are taken in the
 * order they were first ingested and settled against the persons the store and the documents
 * before them hold, as `npm run ingest` does.
 *
 * ORI records are skipped: their source text is rendered from the export's JSON, which the store
 * does not keep; ingest the export again for them. Sources without stored text (ingested before
 * sources kept their text) are skipped too.
 */
export async function reextractStored(db: Database, options: { readonly municipality?: string } = {}, onSource: (outcome: ReextractOutcome) => void = () => {}): Promise<ReextractOutcome[]> {
  const sources = await db.read<StoredSource>(STORED_SOURCES, { municipality: options.municipality?.toUpperCase() ?? null });
  const persons = new PersonRegistry(db);
  const outcomes: ReextractOutcome[] = [];
  const done = (o: ReextractOutcome) => {
    outcomes.push(o);
    onSource(o);
  };
  for (const s of sources) {
    if (s.format === ORI_SOURCE_FORMAT) {
      done({ sourceId: s.id, fileName: s.fileName, status: 'skipped', reason: 'an Open Raadsinformatie record: ingest its export again' });
      continue;
    }
    if (s.text === null) {
      done({ sourceId: s.id, fileName: s.fileName, status: 'skipped', reason: 'the store holds no text for it: ingest the file again' });
      continue;
    }
    try {
      await persons.load(s.municipality);
      const extracted = extractDocument({ text: s.text, fileName: s.fileName, sha256: s.sha256, municipality: s.municipality, sourceUrl: s.url }, { knownPersons: persons.lookup });
      const muni = municipalityId(s.municipality);
      const extra = municipalityNodeProps(s.municipality);
      const document = { ...extracted, nodes: extracted.nodes.map((n) => (n.id === muni ? { ...n, props: { ...n.props, ...extra } } : n)) };
      persons.remember(document);
      await db.write(MARK_STALE, { sourceId: s.id });
      const load = await loadDocument(db, document, s.text.length, { url: s.url, title: s.title, publishedAt: s.publishedAt, text: s.text });
      done({ sourceId: s.id, fileName: s.fileName, status: load.status });
    } catch (error) {
      done({ sourceId: s.id, fileName: s.fileName, status: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}
