import { z } from 'zod';

/**
 * Open Raadsinformatie (ORI) exports, read into one record shape.
 *
 * Two published ORI formats are read (see tests/fixtures/ori/SOURCE.md for the real examples):
 *
 * - **Resource records**, as ORI's backend stores and serves them: `{ "ori_id": 35328, "properties":
 *   [{ "predicate": "http://schema.org/name", "type": "string", "order": null, "value": "..." }, ...] }`,
 *   the kind in the `rdf-syntax-ns#type` property. A file holds an array of them, where an element may
 *   also be a map from ORI id to `[record, source id, kind]`.
 * - **Popolo persons** of ORI's v0 REST API: `{ "persons": [{ "id", "name", "memberships": [{ "role",
 *   "organisation": { "name", "classification": "Party" | "Council" } }], "meta": { "original_object_urls":
 *   { "html" } } }] }`.
 *
 * Each record is checked with zod. A record that fails is returned as an error naming the record and
 * the field, and the others are read on.
 */

export const ORI_KINDS = ['Meeting', 'AgendaItem', 'Motion', 'VoteEvent', 'MediaObject', 'Person', 'Organization', 'Membership'] as const;
export type OriKind = (typeof ORI_KINDS)[number];

/** One value of a record as the file gives it; `field` names where it is (for errors and the rendered text). */
export interface OriValue {
  readonly field: string;
  readonly value: string;
}

export interface OriMembership {
  readonly role: OriValue | null;
  readonly organisation: OriValue;
  readonly classification: string | null;
}

export interface OriRecord {
  readonly kind: OriKind;
  /** ORI's id of the record, unique within the export. */
  readonly oriId: string;
  readonly name: OriValue;
  readonly startDate: OriValue | null;
  readonly location: OriValue | null;
  /** A document's or motion's text. */
  readonly text: OriValue | null;
  /** A vote's result: an IRI such as `http://www.w3.org/ns/opengov#ResultPassed`, or text. */
  readonly result: OriValue | null;
  /** Where the record's original is published. */
  readonly url: string | null;
  /** An organisation's kind: `Party`, `Council`, `Committee`. */
  readonly classification: string | null;
  /** ORI ids this record points to, by relation. */
  readonly refs: Readonly<Record<OriRef, readonly OriValue[]>>;
  /** Memberships given inside the record (Popolo persons). */
  readonly memberships: readonly OriMembership[];
}

export const ORI_REFS = ['attachment', 'parent', 'agenda', 'motion', 'voteEvent', 'committee', 'creator', 'referencedBy', 'member', 'organization'] as const;
export type OriRef = (typeof ORI_REFS)[number];

export interface OriRecordError {
  /** The record as a reader finds it: `MediaObject 35329`, `persons[2]`. */
  readonly record: string;
  readonly message: string;
}

export interface OriExport {
  readonly format: 'ori-resources' | 'ori-popolo-persons';
  readonly records: readonly OriRecord[];
  readonly errors: readonly OriRecordError[];
  /** Records of kinds raadsgraaf does not import (e.g. `VoteEvent 123`). */
  readonly skipped: readonly string[];
}

const resourceSchema = z.object({
  ori_id: z.union([z.number().int(), z.string().min(1)]),
  properties: z.array(
    z.object({
      predicate: z.string().min(1),
      type: z.string(),
      order: z.number().nullable().optional(),
      value: z.unknown(),
    }),
  ),
});
type Resource = z.infer<typeof resourceSchema>;

const popoloPersonSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1),
  memberships: z
    .array(
      z.object({
        role: z.string().optional(),
        label: z.string().optional(),
        organisation: z.object({ name: z.string().trim().min(1), classification: z.string().optional() }),
      }),
    )
    .optional(),
  meta: z.object({ original_object_urls: z.object({ html: z.string().optional() }).optional() }).optional(),
});

/** Whether parsed JSON is an ORI export this module reads. Looks at the envelope only; records are checked by `readOriExport`. */
export function isOriExport(json: unknown): boolean {
  if (Array.isArray(json)) return json.length > 0 && json.some((e) => isResourceLike(e) || (isObject(e) && Object.values(e).some((v) => Array.isArray(v) && isResourceLike(v[0]))));
  return isObject(json) && Array.isArray(json.persons);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isResourceLike = (v: unknown): boolean => isObject(v) && 'ori_id' in v && Array.isArray(v.properties);

/** Reads the records of an export (`isOriExport` must hold). Never throws for a bad record. */
export function readOriExport(json: unknown): OriExport {
  if (isObject(json) && Array.isArray(json.persons)) return readPopolo(json.persons);
  if (!Array.isArray(json)) throw new Error('not an Open Raadsinformatie export');
  const raw: { where: string; value: unknown }[] = [];
  json.forEach((element, i) => {
    if (isResourceLike(element)) {
      raw.push({ where: `[${i}]`, value: element });
    } else if (isObject(element)) {
      for (const [key, entry] of Object.entries(element)) {
        raw.push({ where: `[${i}]["${key}"]`, value: Array.isArray(entry) ? entry[0] : entry });
      }
    } else {
      raw.push({ where: `[${i}]`, value: element });
    }
  });
  const records: OriRecord[] = [];
  const errors: OriRecordError[] = [];
  const skipped: string[] = [];
  for (const { where, value } of raw) {
    const parsed = resourceSchema.safeParse(value);
    if (!parsed.success) {
      errors.push({ record: `record ${where}`, message: issueText(parsed.error) });
      continue;
    }
    const outcome = fromResource(parsed.data);
    if (outcome.kind === 'record') records.push(outcome.record);
    else if (outcome.kind === 'skipped') skipped.push(outcome.label);
    else errors.push(outcome.error);
  }
  return { format: 'ori-resources', records, errors, skipped };
}

const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** The last segment of a predicate IRI: `http://schema.org/startDate` -> `startDate`. */
const localName = (predicate: string): string => predicate.split(/[/#]/).pop() ?? predicate;

/**
 * Relations by predicate, as ORI's model defines them (ocd_backend/models/definitions: meeting.py,
 * opengov.py, org.py): an agenda item's meeting is its `schema:superEvent`, a motion's submitters its
 * `schema:creator` and `meeting:cocreator`, a vote event's motion its `opengov:motion`.
 */
const REF_PREDICATES: Readonly<Record<string, OriRef>> = {
  attachment: 'attachment',
  parent: 'parent',
  superEvent: 'parent',
  motion: 'motion',
  voteEvent: 'voteEvent',
  cocreator: 'creator',
  agenda: 'agenda',
  committee: 'committee',
  creator: 'creator',
  isReferencedBy: 'referencedBy',
  member: 'member',
  organization: 'organization',
};

const stringValue = z.string();
const refValue = z.union([z.number().int(), z.string().min(1)]).transform(String);

type ResourceOutcome =
  | { readonly kind: 'record'; readonly record: OriRecord }
  | { readonly kind: 'skipped'; readonly label: string }
  | { readonly kind: 'error'; readonly error: OriRecordError };

function fromResource(resource: Resource): ResourceOutcome {
  const oriId = String(resource.ori_id);
  const typeProp = resource.properties.find((p) => p.predicate === RDF_TYPE);
  const typeName = typeof typeProp?.value === 'string' ? localName(typeProp.value) : null;
  if (typeName === null) return { kind: 'error', error: { record: `record ${oriId}`, message: `field '${RDF_TYPE}': missing; the record has no type` } };
  if (!(ORI_KINDS as readonly string[]).includes(typeName)) return { kind: 'skipped', label: `${typeName} ${oriId}` };
  const kind = typeName as OriKind;
  const label = `${kind} ${oriId}`;
  const fail = (predicate: string, index: number, message: string): ResourceOutcome => ({
    kind: 'error',
    error: { record: label, message: `field '${predicate}' (properties[${index}]): ${message}` },
  });

  const strings = new Map<string, OriValue>();
  const refs = emptyRefs();
  for (const [index, p] of resource.properties.entries()) {
    const local = localName(p.predicate);
    const ref = REF_PREDICATES[local];
    if (ref !== undefined) {
      const v = refValue.safeParse(p.value);
      if (!v.success) return fail(p.predicate, index, issueText(v.error));
      refs[ref].push({ field: local, value: v.data });
    } else if (local === 'role') {
      // A membership's `org:role` is text or a Role resource; only text names the role.
      const v = z.union([z.string(), z.number().int()]).safeParse(p.value);
      if (!v.success) return fail(p.predicate, index, issueText(v.error));
      if (typeof v.data === 'string' && v.data.trim() !== '' && !strings.has(local)) strings.set(local, { field: local, value: v.data });
    } else if (local === 'result') {
      // A vote's result is an IRI (`type: url`) or a Result resource (its id).
      const v = z.union([z.string().min(1), z.number().int()]).transform(String).safeParse(p.value);
      if (!v.success) return fail(p.predicate, index, issueText(v.error));
      if (!strings.has(local)) strings.set(local, { field: local, value: v.data });
    } else if (STRING_FIELDS.has(local)) {
      const v = stringValue.safeParse(p.value);
      if (!v.success) return fail(p.predicate, index, issueText(v.error));
      if (!strings.has(local)) strings.set(local, { field: local, value: v.data });
    }
  }
  const result = strings.get('result') ?? null;
  if (kind === 'VoteEvent' && result === null) {
    return fail('http://www.w3.org/ns/opengov#result', resource.properties.length, 'missing; a vote event needs a result');
  }
  // What a record is called: its name; a membership's role (or, without one, its member); a vote's result.
  const name = strings.get('name') ?? strings.get('prefLabel') ?? strings.get('role') ?? (kind === 'VoteEvent' ? result : kind === 'Membership' ? (refs.member[0] ?? null) : null);
  if (name === null || name.value.trim() === '') {
    const at = resource.properties.findIndex((p) => localName(p.predicate) === 'name');
    return fail('http://schema.org/name', at < 0 ? resource.properties.length : at, at < 0 ? 'missing; every record needs a name' : 'empty');
  }
  const startDate = strings.get('startDate') ?? strings.get('dateSubmitted') ?? null;
  if (startDate !== null && isoDay(startDate.value) === null) {
    const at = resource.properties.findIndex((p) => localName(p.predicate) === startDate.field);
    return fail(`http://schema.org/${startDate.field}`, at, `'${startDate.value}' is not an ISO date`);
  }
  return {
    kind: 'record',
    record: {
      kind,
      oriId,
      name,
      startDate,
      location: strings.get('location') ?? null,
      text: strings.get('text') ?? strings.get('description') ?? null,
      result,
      url: httpUrl(strings.get('isBasedOn')?.value) ?? httpUrl(strings.get('url')?.value) ?? httpUrl(strings.get('contentUrl')?.value),
      // `ncal:categories` is an organisation's kind (Committee); on a meeting it is only `Agenda`.
      classification: kind === 'Organization' ? (strings.get('classification')?.value ?? strings.get('categories')?.value ?? null) : null,
      refs,
      memberships: [],
    },
  };
}

const STRING_FIELDS = new Set(['name', 'prefLabel', 'startDate', 'dateSubmitted', 'location', 'text', 'description', 'isBasedOn', 'url', 'contentUrl', 'classification', 'categories']);

function readPopolo(persons: readonly unknown[]): OriExport {
  const records: OriRecord[] = [];
  const errors: OriRecordError[] = [];
  persons.forEach((raw, i) => {
    const parsed = popoloPersonSchema.safeParse(raw);
    if (!parsed.success) {
      const id = isObject(raw) && typeof raw.id === 'string' ? ` (${raw.id})` : '';
      errors.push({ record: `persons[${i}]${id}`, message: issueText(parsed.error) });
      return;
    }
    const p = parsed.data;
    const memberships: OriMembership[] = (p.memberships ?? []).map((m, j) => {
      const roleText = m.role ?? m.label;
      return {
        role: roleText === undefined || roleText.trim() === '' ? null : { field: `memberships[${j}].role`, value: roleText },
        organisation: { field: `memberships[${j}].organisation.name`, value: m.organisation.name },
        classification: m.organisation.classification ?? null,
      };
    });
    records.push({
      kind: 'Person',
      oriId: p.id,
      name: { field: 'name', value: p.name },
      startDate: null,
      location: null,
      text: null,
      result: null,
      url: httpUrl(p.meta?.original_object_urls?.html),
      classification: null,
      refs: emptyRefs(),
      memberships,
    });
  });
  return { format: 'ori-popolo-persons', records, errors, skipped: [] };
}

const emptyRefs = (): Record<OriRef, OriValue[]> => ({ attachment: [], parent: [], agenda: [], motion: [], voteEvent: [], committee: [], creator: [], referencedBy: [], member: [], organization: [] });

/** `2019-11-28T19:00:00+01:00` or `2019-11-28` -> `2019-11-28`; null when it is no date. */
export function isoDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]|$)/.exec(value.trim());
  if (!m) return null;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}` ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

/** The wall-clock time of an ISO date-time as written (ORI gives Dutch local time with its offset), or null. */
export function wallClock(value: string): string | null {
  const m = /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2})/.exec(value.trim());
  return m?.[1] ?? null;
}

function httpUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  if (issue === undefined) return 'invalid';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return path === '' ? issue.message : `field '${path}': ${issue.message}`;
}
