import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The real-text corpus (tests/corpus): public council documents and their gold annotations,
 * with every annotation located in its document as character spans. Only this corpus feeds the
 * quality figures and the trained scorer.
 */
export const CORPUS = join(import.meta.dirname, '..', 'corpus');

export interface Span { readonly start: number; readonly end: number }

export interface GoldCommitment {
  readonly kind: 'explicit' | 'soft';
  readonly actor: string | null;
  readonly to: string | null;
  readonly due: string | null;
  readonly status: string | null;
  readonly all: readonly string[];
  readonly spans: readonly Span[];
}
export interface GoldItem { readonly kind: string | null; readonly all: readonly string[]; readonly spans: readonly Span[] }

export interface CorpusDocument {
  /** The three-digit number that the gold annotations use. */
  readonly id: string;
  readonly fileName: string;
  readonly source: string;
  /** The document's text as published: the file without its SOURCE line and the blank line after it. */
  readonly text: string;
  readonly commitments: readonly GoldCommitment[];
  readonly requests: readonly GoldItem[];
  readonly decisions: readonly GoldItem[];
  readonly traps: readonly GoldItem[];
  /** What kind of publication it is, from the collectors' tables (batch-*.md): news, party, minutes, ... */
  readonly kind: string;
  /** The year the collectors' table gives, or null when undated. */
  readonly year: number | null;
}

/** The kind of publication, from the free-text format column of the collectors' tables. */
function kindOf(format: string): string {
  const f = format.toLowerCase();
  if (/ocr/.test(f)) return 'ocr-minutes';
  if (/register|toezegging|lta\.nu|ibabs list|council page listing/.test(f)) return 'register';
  if (/minutes|notulen|verslag|transcript/.test(f)) return 'minutes';
  if (/meeting page|decision|besluit|council page|committee page/.test(f)) return 'meeting-page';
  if (/question|answers|beantwoording/.test(f)) return 'questions';
  if (/party|blog|motion text|local party/.test(f)) return 'party';
  if (/news|newspaper|broadcaster|paper|omroep|rtv|bulletin|clipping/.test(f)) return 'news';
  return 'other';
}

/** id -> [format, year] from the tables of tests/corpus/batch-*.md. */
function collectorsTables(): Map<string, { format: string; year: number | null }> {
  const out = new Map<string, { format: string; year: number | null }>();
  for (const f of readdirSync(CORPUS).filter((x) => /^batch-[\w-]+\.md$/.test(x))) {
    for (const line of readFileSync(join(CORPUS, f), 'utf8').split('\n')) {
      const cells = line.split('|').map((c) => c.trim());
      const id = cells[1] ?? '';
      if (!/^\d{3}$/.test(id)) continue;
      const year = /\b(1[89]\d\d|20\d\d)\b/.exec(cells[4] ?? '')?.[1];
      out.set(id, { format: cells[5] ?? '', year: year === undefined ? null : Number(year) });
    }
  }
  return out;
}

interface RawItem { file: string; kind?: string | null; actor?: string | null; to?: string | null; due?: string | null; status?: string | null; all?: string[] }
interface RawGold { commitments?: RawItem[]; requests?: RawItem[]; decisions?: RawItem[]; not_commitments?: RawItem[] }

/** Every occurrence of each lowercase string in the text (case-folded, same offsets). */
export function locate(text: string, all: readonly string[]): Span[] {
  const lower = text.toLowerCase();
  const out: Span[] = [];
  for (const s of all) {
    for (let at = lower.indexOf(s); at >= 0; at = lower.indexOf(s, at + 1)) out.push({ start: at, end: at + s.length });
  }
  return out;
}

function readGold(): RawGold {
  const gold: Required<RawGold> = { commitments: [], requests: [], decisions: [], not_commitments: [] };
  const files = readdirSync(CORPUS).filter((f) => f === 'gold.json' || /^gold-[\w-]+\.json$/.test(f)).sort();
  for (const f of files) {
    const part = JSON.parse(readFileSync(join(CORPUS, f), 'utf8')) as RawGold;
    gold.commitments.push(...(part.commitments ?? []));
    gold.requests.push(...(part.requests ?? []));
    gold.decisions.push(...(part.decisions ?? []));
    gold.not_commitments.push(...(part.not_commitments ?? []));
  }
  return gold;
}

export function loadCorpus(): CorpusDocument[] {
  const gold = readGold();
  const tables = collectorsTables();
  const docsDir = join(CORPUS, 'docs');
  return readdirSync(docsDir)
    .filter((f) => /^\d{3}-.*\.txt$/.test(f))
    .sort()
    .map((fileName) => {
      const raw = readFileSync(join(docsDir, fileName), 'utf8');
      const firstBreak = raw.indexOf('\n');
      const source = raw.slice(0, firstBreak).replace(/^SOURCE:\s*/, '').trim();
      const text = raw.slice(firstBreak + 1).replace(/^\r?\n/, '');
      const id = fileName.slice(0, 3);
      const mine = (items: readonly RawItem[]) => items.filter((i) => i.file === id);
      const item = (i: RawItem): GoldItem => ({ kind: i.kind ?? null, all: i.all ?? [], spans: locate(text, i.all ?? []) });
      return {
        id, fileName, source, text,
        commitments: mine(gold.commitments ?? []).map((c) => ({
          kind: c.kind === 'explicit' ? 'explicit' : 'soft',
          actor: c.actor ?? null, to: c.to ?? null, due: c.due ?? null, status: c.status ?? null,
          all: c.all ?? [], spans: locate(text, c.all ?? []),
        })),
        requests: mine(gold.requests ?? []).map(item),
        decisions: mine(gold.decisions ?? []).map(item),
        traps: mine(gold.not_commitments ?? []).map(item),
        kind: kindOf(tables.get(id)?.format ?? ''),
        year: tables.get(id)?.year ?? null,
      } satisfies CorpusDocument;
    });
}

/** Deterministic k folds by document: documents sorted by id, dealt round-robin. */
export function folds<T extends { id: string }>(docs: readonly T[], k: number): T[][] {
  const out: T[][] = Array.from({ length: k }, () => []);
  [...docs].sort((a, b) => a.id.localeCompare(b.id)).forEach((d, i) => out[i % k]?.push(d));
  return out;
}
