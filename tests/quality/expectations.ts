import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { extractDocument } from '../../src/ingest/extract-document.js';
import type { ExtractedDocument, FactNode } from '../../src/ingest/facts.js';

/**
 * The expected facts of the real Dordrecht seeds (tests/fixtures/documents/seed-*.expected.json,
 * each naming its seed in `source`) and the matching of extracted facts against them, fact by fact.
 * Used by tests/unit/fixtures.test.ts and, for FIXTURES, by tests/bench/ingest-bench.ts. No text
 * written by the team is an expectation here: quality figures come from tests/corpus only.
 */
export interface ExpectedCommitment { actor: string; kind: string; dueText: string | null; textIncludes: string; status?: string }
export interface ExpectedRequest { kind: string; actors: string[]; textIncludes: string }
export interface ExpectedDecision { outcome: string; textIncludes: string }
export interface ExpectedAgreement { kind: string; parties: Record<string, string>; amount?: number; periodText?: string; periodTo?: string }
/** A relationship between two known ids; measured for the types in MEASURED_RELATIONS. */
export interface ExpectedRelation { type: string; from: string; to: string }
export interface Expected {
  source?: string;
  municipality: string;
  format: string;
  meetings: string[];
  decisions: ExpectedDecision[];
  commitments: ExpectedCommitment[];
  requests: ExpectedRequest[];
  agreements: ExpectedAgreement[];
  persons: string[];
  fracties: string[];
  organisations: string[];
  policies: string[];
  notCommitments: string[];
  /** MEMBER_OF, BUILDS_ON and what policies CONCERN; when absent, relations are not measured for the document. */
  relations?: ExpectedRelation[];
  /** Ids the extractor is known not to find yet: marked `fails` in the tests. */
  knownMisses?: string[];
}

/** The folder of the seeds' .expected.json files; each names the real seed it describes in `source`. */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'documents');
const ROOT = join(import.meta.dirname, '..', '..');

export interface Case { name: string; file: string; text: string; expected: Expected }

export function cases(folder: string = FIXTURES): Case[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const expected = JSON.parse(readFileSync(join(folder, f), 'utf8')) as Expected;
      const name = f.replace(/\.expected\.json$/, '');
      if (expected.source === undefined) throw new Error(`${f} names no real document in "source"`);
      const file = join(ROOT, expected.source);
      return { name, file, text: readFileSync(file, 'utf8'), expected };
    });
}

export function extract(c: Case): ExtractedDocument {
  return extractDocument({ text: c.text, fileName: c.file.split('/').pop() ?? c.name, sha256: createHash('sha256').update(c.text).digest('hex'), municipality: c.expected.municipality });
}

const str = (n: FactNode, k: string): string => (typeof n.props[k] === 'string' ? (n.props[k] as string) : '');
const dateIso = (n: FactNode, k: string): string | null => {
  const v = n.props[k];
  return v !== null && typeof v === 'object' && 'iso' in v ? v.iso : null;
};

export function commitmentMatches(doc: ExtractedDocument, n: FactNode, e: ExpectedCommitment): boolean {
  const actors = doc.edges.filter((x) => x.type === 'COMMITTED' && x.to === n.id).map((x) => x.from);
  return str(n, 'text').includes(e.textIncludes) && actors.includes(e.actor) && str(n, 'kind') === e.kind &&
    (e.dueText === null ? str(n, 'dueText') === '' : str(n, 'dueText') === e.dueText) && (e.status === undefined || str(n, 'status') === e.status);
}

export function requestMatches(doc: ExtractedDocument, n: FactNode, e: ExpectedRequest): boolean {
  const actors = doc.edges.filter((x) => x.type === 'RAISED' && x.to === n.id).map((x) => x.from);
  return str(n, 'text').includes(e.textIncludes) && str(n, 'kind') === e.kind && e.actors.every((a) => actors.includes(a));
}

export function decisionMatches(_doc: ExtractedDocument, n: FactNode, e: ExpectedDecision): boolean {
  return str(n, 'text').includes(e.textIncludes) && str(n, 'outcome') === e.outcome;
}

export function agreementMatches(doc: ExtractedDocument, n: FactNode, e: ExpectedAgreement): boolean {
  if (str(n, 'kind') !== e.kind) return false;
  if (e.amount !== undefined && n.props.amount !== e.amount) return false;
  if (e.periodText !== undefined && str(n, 'periodText') !== e.periodText) return false;
  if (e.periodTo !== undefined && dateIso(n, 'periodTo') !== e.periodTo) return false;
  const parties = doc.edges.filter((x) => x.type === 'PARTY_TO' && x.to === n.id);
  return Object.entries(e.parties).every(([id, role]) => parties.some((p) => p.from === id && p.props.role === role));
}

/** Relationship kinds measured when a document lists `relations`: memberships, lineage, and what policies are about. */
export const MEASURED_RELATIONS = (type: string, from: string): boolean => type === 'MEMBER_OF' || type === 'BUILDS_ON' || (type === 'CONCERNS' && from.startsWith('policy:'));

export const relationKey = (r: { type: string; from: string; to: string }): string => `${r.type} ${r.from} -> ${r.to}`;
