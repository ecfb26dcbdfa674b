import type { PlannedEvidence, PlannedRelated } from '../node/hop-cypher.js';
import type { DossierPlan } from './dossier-plan.js';
import type { Projection } from '../node/projection.js';
import { dossierByNumberTripCypher, dossierCountCypher, dossierPageCypher } from './dossier-query.js';
import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import type { DocumentRow, DossierRow, TopicRow } from './dossier-row.js';

const Q = {
  byNumber: cypher('dossier/by-number'),
  documentPage: cypher('dossier/document-page'),
  documentCount: cypher('dossier/document-count'),
  topicPage: cypher('dossier/topic-page'),
  topicCount: cypher('dossier/topic-count'),
};

/** The first dossier with this number (by id) and what `plan` selects, in one query (dossier-query.ts); null when none has it. */
export async function dossierByNumberTrip(
  db: Database,
  number: string,
  municipality: string | null,
  plan: DossierPlan,
): Promise<{ readonly row: DossierRow; readonly related: Readonly<Record<string, readonly PlannedRelated[]>>; readonly evidence: readonly PlannedEvidence[] } | null> {
  const [row] = await db.read<{ row: DossierRow; related: Record<string, PlannedRelated[]>; evidence: PlannedEvidence[] }>(dossierByNumberTripCypher(municipality !== null, plan), {
    number,
    municipality,
  });
  return row ?? null;
}

/** All dossiers with this number (two or more only when municipalities share numbers). */
export async function dossiersByNumber(db: Database, number: string, municipality: string | null): Promise<DossierRow[]> {
  const rows = await db.read<{ row: DossierRow }>(Q.byNumber, { number, municipality });
  return rows.map((r) => r.row);
}

/** A page of dossiers; `projection`: the properties to fetch (src/node/projection.ts), null for whole nodes. */
export async function dossierPage(db: Database, after: string | null, limit: number, municipality: string | null, projection: Projection = null): Promise<DossierRow[]> {
  const rows = await db.read<{ row: DossierRow }>(dossierPageCypher(after !== null, municipality !== null, projection), { after, limit: int(limit), municipality });
  return rows.map((r) => r.row);
}

export async function dossierCount(db: Database, municipality: string | null): Promise<number> {
  const [row] = await db.read<{ total: number }>(dossierCountCypher(municipality !== null), { municipality });
  return row?.total ?? 0;
}

/** Document filter as the queries take it: every field present, null for "any". */
export interface DocumentQuery {
  readonly municipality: string | null;
  readonly kind: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly text: string | null;
}

export const documentPage = (db: Database, query: DocumentQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<DocumentRow>[]> =>
  readKeysetPage<DocumentRow>(db, Q.documentPage, { ...query }, after, limit);

export const documentCount = (db: Database, query: DocumentQuery): Promise<number> => readCount(db, Q.documentCount, { ...query });

/** Topic filter as the queries take it: every field present, null for "any". */
export interface TopicQuery {
  readonly municipality: string | null;
  readonly kind: string | null;
  readonly text: string | null;
}

export const topicPage = (db: Database, query: TopicQuery, after: KeysetAfter | null, limit: number): Promise<KeysetRow<TopicRow>[]> =>
  readKeysetPage<TopicRow>(db, Q.topicPage, { ...query }, after, limit);

export const topicCount = (db: Database, query: TopicQuery): Promise<number> => readCount(db, Q.topicCount, { ...query });
