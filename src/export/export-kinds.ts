import { today } from '../commitment/commitment-status.js';
import { badUserInput } from '../errors.js';
import { textFilter } from '../text-filter.js';

/**
 * What can be exported, and how: per kind, the Cypher file, the filters (the same as the API's
 * `CommitmentFilter`, `RequestFilter`, `DecisionFilter`, `AgreementFilter`, by the same names),
 * and the flat CSV columns of an exported row. NDJSON lines are the rows as the query shapes
 * them (evidence as a list); a CSV row has the first evidence passage in its own columns and
 * `evidenceCount` for how many there are.
 */
export const EXPORT_KINDS = ['commitments', 'requests', 'decisions', 'agreements'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['csv', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

type FilterType = 'id' | 'date' | 'string' | { readonly oneOf: Readonly<Record<string, string>> };

interface KindSpec {
  readonly cypher: string;
  /** Filter name -> how its value is read. */
  readonly filters: Readonly<Record<string, FilterType>>;
  /** Parameters every query of the kind takes besides the filters. */
  readonly fixed: () => Record<string, unknown>;
  readonly columns: readonly string[];
}

const COMMITMENT_STATUS = { OPEN: 'open', FULFILLED: 'fulfilled', WITHDRAWN: 'withdrawn', OVERDUE: 'overdue' } as const;
/** As src/request/request-resolvers.ts stores them. */
const REQUEST_KIND = { QUESTION: 'question', REQUEST: 'request', PROPOSAL: 'proposal', VOTE_STATEMENT: 'vote statement', MOTION: 'motion', AMENDMENT: 'amendment' } as const;

const EVIDENCE_COLUMNS = ['evidenceQuote', 'evidenceStart', 'evidenceEnd', 'sourceFile', 'sourceUrl', 'evidenceCount'] as const;

export const KINDS: Readonly<Record<ExportKind, KindSpec>> = {
  commitments: {
    cypher: 'export/commitments',
    filters: {
      madeBy: 'id',
      status: { oneOf: COMMITMENT_STATUS },
      dueBefore: 'date',
      dueAfter: 'date',
      dossier: 'id',
      policy: 'id',
      concerns: 'id',
      meeting: 'id',
      municipality: 'string',
      text: 'string',
    },
    fixed: () => ({ today: today() }),
    columns: ['id', 'text', 'kind', 'status', 'dueText', 'dueEarliest', 'dueLatest', 'date', 'municipality', 'madeById', 'madeByName', 'meetingId', 'meetingTitle', 'dossierId', ...EVIDENCE_COLUMNS],
  },
  requests: {
    cypher: 'export/requests',
    filters: {
      raisedBy: 'id',
      kind: { oneOf: REQUEST_KIND },
      dossier: 'id',
      meeting: 'id',
      concerns: 'id',
      municipality: 'string',
      from: 'date',
      to: 'date',
      text: 'string',
    },
    fixed: () => ({}),
    columns: ['id', 'text', 'kind', 'date', 'municipality', 'raisedByIds', 'raisedByNames', 'meetingId', 'meetingTitle', 'dossierId', ...EVIDENCE_COLUMNS],
  },
  decisions: {
    cypher: 'export/decisions',
    filters: { municipality: 'string', meeting: 'id', concerns: 'id', outcome: 'string', from: 'date', to: 'date', text: 'string' },
    fixed: () => ({}),
    columns: ['id', 'text', 'outcome', 'date', 'municipality', 'meetingId', 'meetingTitle', ...EVIDENCE_COLUMNS],
  },
  agreements: {
    cypher: 'export/agreements',
    filters: { municipality: 'string', kind: 'string', party: 'id', concerns: 'id', activeFrom: 'date', activeTo: 'date', text: 'string' },
    fixed: () => ({}),
    columns: ['id', 'kind', 'description', 'periodText', 'periodFrom', 'periodTo', 'amount', 'currency', 'amountPeriod', 'approximate', 'municipality', 'parties', ...EVIDENCE_COLUMNS],
  },
};

export function isExportKind(value: string): value is ExportKind {
  return (EXPORT_KINDS as readonly string[]).includes(value);
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/**
 * The query parameters for `kind` from filter values as strings (a URL's query, command-line
 * flags): every filter present, null for "any". An unknown filter or a bad value is
 * BAD_USER_INPUT naming it.
 */
export function exportParams(kind: ExportKind, given: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const spec = KINDS[kind];
  for (const name of Object.keys(given)) {
    if (!(name in spec.filters)) throw badUserInput(name, `is not a filter of ${kind}; use ${Object.keys(spec.filters).join(', ')}`);
  }
  const params: Record<string, unknown> = { ...spec.fixed() };
  for (const [name, type] of Object.entries(spec.filters)) {
    params[name] = filterValue(name, type, given[name]);
  }
  return params;
}

function filterValue(name: string, type: FilterType, raw: string | undefined): string | null {
  if (raw === undefined) return null;
  if (type === 'string') return name === 'text' ? textFilter(raw) : raw.trim() === '' ? null : raw.trim();
  if (type === 'id') {
    if (raw.trim() === '') throw badUserInput(name, 'must be an id');
    return raw.trim();
  }
  if (type === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(Date.parse(raw))) throw badUserInput(name, 'must be a date YYYY-MM-DD');
    return raw;
  }
  const stored = type.oneOf[raw.toUpperCase()];
  if (stored === undefined) throw badUserInput(name, `must be one of ${Object.keys(type.oneOf).join(', ')}`);
  return stored;
}
