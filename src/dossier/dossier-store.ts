import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { int } from '../db/values.js';
import type { DossierRow } from './dossier-row.js';

const Q = {
  byNumber: cypher('dossier/by-number'),
  page: cypher('dossier/page'),
  count: cypher('dossier/count'),
};

/** All dossiers with this number (two or more only when municipalities share numbers). */
export async function dossiersByNumber(db: Database, number: string, municipality: string | null): Promise<DossierRow[]> {
  const rows = await db.read<{ row: DossierRow }>(Q.byNumber, { number, municipality });
  return rows.map((r) => r.row);
}

export async function dossierPage(db: Database, after: string | null, limit: number, municipality: string | null): Promise<DossierRow[]> {
  const rows = await db.read<{ row: DossierRow }>(Q.page, { after, limit: int(limit), municipality });
  return rows.map((r) => r.row);
}

export async function dossierCount(db: Database, municipality: string | null): Promise<number> {
  const [row] = await db.read<{ total: number }>(Q.count, { municipality });
  return row?.total ?? 0;
}
