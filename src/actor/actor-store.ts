import { cypher } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { readCount, readKeysetPage, type KeysetAfter, type KeysetRow } from '../keyset.js';
import { actorCountCypher } from './actor-query.js';
import type { BodyRow, FractieRow, MunicipalityRow, OrganisationRow, PersonRow } from './actor-row.js';

const Q = {
  personPage: cypher('actor/person-page'),
  fractiePage: cypher('actor/fractie-page'),
  organisationPage: cypher('actor/organisation-page'),
  bodyPage: cypher('actor/body-page'),
  municipalities: cypher('actor/municipalities'),
  municipalityByCode: cypher('actor/municipality-by-code'),
};

/** Actor filter as the queries take it: every field present, null for "any". */
export interface ActorQuery {
  readonly municipality: string | null;
  readonly text: string | null;
  readonly kind: string | null;
}

type Page<T> = (db: Database, query: ActorQuery, after: KeysetAfter | null, limit: number) => Promise<KeysetRow<T>[]>;
type Count = (db: Database, query: ActorQuery) => Promise<number>;

export const personPage: Page<PersonRow> = (db, query, after, limit) => readKeysetPage(db, Q.personPage, { ...query }, after, limit);
export const personCount: Count = (db, query) => readCount(db, actorCountCypher('Person', query), { ...query });
export const fractiePage: Page<FractieRow> = (db, query, after, limit) => readKeysetPage(db, Q.fractiePage, { ...query }, after, limit);
export const fractieCount: Count = (db, query) => readCount(db, actorCountCypher('Fractie', query), { ...query });
export const organisationPage: Page<OrganisationRow> = (db, query, after, limit) => readKeysetPage(db, Q.organisationPage, { ...query }, after, limit);
export const organisationCount: Count = (db, query) => readCount(db, actorCountCypher('Organisation', query), { ...query });
export const bodyPage: Page<BodyRow> = (db, query, after, limit) => readKeysetPage(db, Q.bodyPage, { ...query }, after, limit);
export const bodyCount: Count = (db, query) => readCount(db, actorCountCypher('Body', query), { ...query });

export async function municipalities(db: Database): Promise<MunicipalityRow[]> {
  return (await db.read<{ row: MunicipalityRow }>(Q.municipalities)).map((r) => r.row);
}

export async function municipalityByCode(db: Database, cbsCode: string): Promise<MunicipalityRow | null> {
  const [row] = await db.read<{ row: MunicipalityRow }>(Q.municipalityByCode, { cbsCode: cbsCode.toUpperCase() });
  return row?.row ?? null;
}
