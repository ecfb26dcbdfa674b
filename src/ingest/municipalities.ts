import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Props } from './facts.js';

/**
 * Every Dutch municipality, current and former, from `data/municipalities.tsv` (the BRP
 * Gemeententabel, whose codes are the CBS codes; see the file's header for its sources).
 *
 * The graph keys a document on a CBS code. A former municipality keeps its own code and name
 * (GM0081 Leeuwarderadeel, dissolved 2018, successor GM0080 Leeuwarden). A municipality the
 * sources give no CBS code (one dissolved before the CBS numbering) is keyed on its nearest
 * successor that has one, and `keyedFrom` keeps the name the document used.
 */
export interface MunicipalityInfo {
  /** The code documents are keyed on, e.g. GM0505. */
  readonly cbsCode: string;
  readonly name: string;
  /** ISO date it came into being, when the sources say. */
  readonly from: string | null;
  /** ISO date of the herindeling that dissolved it (its first day gone); null while it exists. */
  readonly until: string | null;
  /** The CBS code of the municipality it went into, for a former one. */
  readonly successor: string | null;
  /** The former name a match was made on, when that municipality has no CBS code of its own. */
  readonly keyedFrom?: string;
}

interface Row {
  readonly cbs: string | null;
  readonly brp: string;
  readonly name: string;
  readonly from: string | null;
  readonly until: string | null;
  readonly successorBrp: string | null;
}

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

function dataLines(file: string): string[][] {
  const lines = readFileSync(join(DATA_DIR, file), 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
  return lines.slice(1).map((l) => l.split('\t')); // the first line names the columns
}

const ROWS: readonly Row[] = dataLines('municipalities.tsv').map(([cbs = '', brp = '', name = '', from = '', until = '', successor = '']) => ({
  cbs: cbs || null,
  brp,
  name,
  from: from || null,
  until: until || null,
  successorBrp: successor || null,
}));
const BY_BRP = new Map(ROWS.map((r) => [r.brp, r]));
const BY_CBS = new Map(ROWS.filter((r) => r.cbs !== null).map((r) => [r.cbs ?? '', r]));

/** The row a document from `row` is keyed on: itself, or its nearest successor with a CBS code. */
function keyRow(row: Row): Row | null {
  let r: Row | undefined = row;
  for (let hops = 0; r !== undefined && hops < 20; hops++) {
    if (r.cbs !== null) return r;
    r = r.successorBrp === null ? undefined : BY_BRP.get(r.successorBrp);
  }
  return null;
}

function info(row: Row): MunicipalityInfo | null {
  const key = keyRow(row);
  if (key === null || key.cbs === null) return null;
  const next = key.successorBrp === null ? undefined : BY_BRP.get(key.successorBrp);
  const successor = next === undefined ? null : (keyRow(next)?.cbs ?? null);
  const base = { cbsCode: key.cbs, name: key.name, from: key.from, until: key.until, successor };
  return key === row ? base : { ...base, keyedFrom: row.name };
}

/** Lowercase, accents off, `ij` as `y`, only letters and digits: `'s-Hertogenbosch` -> `shertogenbosch`. */
export function foldName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ij/g, 'y').replace(/[^a-z0-9]/g, '');
}

/** `Hengelo (O)` -> `Hengelo`. */
function baseName(name: string): string {
  return name.replace(/\s*\([^)]*\)/g, '').trim();
}

interface NameIndex {
  readonly full: Map<string, Row[]>;
  readonly base: Map<string, Row[]>;
}

function push(map: Map<string, Row[]>, key: string, row: Row): void {
  if (key === '') return;
  const list = map.get(key) ?? [];
  if (!list.includes(row)) list.push(row);
  map.set(key, list);
}

const ALIASES: readonly (readonly [string, Row])[] = dataLines('municipality-aliases.tsv').flatMap(([alias = '', cbs = '']) => {
  const row = BY_CBS.get(cbs);
  return row === undefined ? [] : [[alias, row] as const];
});

const INDEX: NameIndex = (() => {
  const full = new Map<string, Row[]>();
  const base = new Map<string, Row[]>();
  for (const row of ROWS) {
    push(full, foldName(row.name), row);
    push(base, foldName(baseName(row.name)), row);
  }
  for (const [alias, row] of ALIASES) push(full, foldName(alias), row);
  return { full, base };
})();

/** Of several rows with one name, the current one wins; otherwise the name is ambiguous. */
function pick(rows: readonly Row[]): Row[] {
  if (rows.length <= 1) return [...rows];
  const current = rows.filter((r) => r.until === null);
  return current.length === 1 ? current : [...rows];
}

/** The municipalities a name could mean (official name, former name or alias; case, accents, `'s-`, hyphens and spaces folded). */
export function municipalityCandidates(name: string): MunicipalityInfo[] {
  const full = INDEX.full.get(foldName(name));
  const rows = full !== undefined ? pick(full) : pick(INDEX.base.get(foldName(baseName(name))) ?? []);
  return rows.flatMap((r) => info(r) ?? []);
}

export function municipalityByCode(code: string): MunicipalityInfo | undefined {
  const row = BY_CBS.get(code.toUpperCase());
  return row === undefined ? undefined : (info(row) ?? undefined);
}

export function municipalityByName(name: string): MunicipalityInfo | undefined {
  const found = municipalityCandidates(name);
  return found.length === 1 ? found[0] : undefined;
}

/** A CBS code as given (GM0505 or 0505), or a known name; null when neither or when the name is ambiguous. */
export function resolveMunicipality(input: string): MunicipalityInfo | null {
  const code = /^(?:GM)?(\d{4})$/i.exec(input.trim());
  if (code) {
    const cbsCode = `GM${code[1]}`;
    return municipalityByCode(cbsCode) ?? { cbsCode, name: cbsCode, from: null, until: null, successor: null };
  }
  return municipalityByName(input) ?? null;
}

/**
 * The municipality a folder is named after: a name (`leeuwarderadeel`, `fijnaart-en-heijningen`,
 * `den-haag`) or a GM code (`GM0505`). Bare digits are no municipality here: a folder `2019`
 * holds a year.
 */
export function municipalityForFolder(folder: string): MunicipalityInfo | null {
  const code = /^GM\d{4}$/i.exec(folder.trim());
  if (code) return resolveMunicipality(folder);
  const byName = municipalityByName(folder);
  if (byName !== undefined) return byName;
  const first = FIRST_PARTS.get(foldName(folder));
  return first === undefined ? null : info(first);
}

/**
 * The first place of a municipality named after several (`Dinteloord en Prinsenland`, `Nuenen,
 * Gerwen en Nederwetten`), as archives and collectors name its folder: `dinteloord`. Only where no
 * municipality has that name and it is the first place of one municipality alone.
 */
const FIRST_PARTS: ReadonlyMap<string, Row> = (() => {
  const seen = new Map<string, Row[]>();
  for (const row of ROWS) {
    const first = /^([\p{L}'.-]*\p{L})(?:,\s| en )/u.exec(baseName(row.name))?.[1];
    if (first === undefined || first.length < 3) continue;
    push(seen, foldName(first), row);
  }
  const unique = new Map<string, Row>();
  for (const [key, rows] of seen) {
    const only = pick(rows);
    if (only.length === 1 && only[0] !== undefined && !INDEX.full.has(key) && !INDEX.base.has(key)) unique.set(key, only[0]);
  }
  return unique;
})();

/** Extra properties of a former municipality's node: when it was dissolved and into which. */
export function municipalityNodeProps(code: string): Props {
  const m = municipalityByCode(code);
  if (m === undefined || m.until === null) return {};
  return {
    formerUntil: { kind: 'date', iso: m.until },
    ...(m.successor === null ? {} : { successor: m.successor }),
    ...(m.from === null ? {} : { existedFrom: { kind: 'date', iso: m.from } }),
  };
}

// ---------------------------------------------------------------------------------------------
// Text cues

interface NamePattern {
  /** Folded tokens of the name, e.g. ['fynaart', 'en', 'heyningen']. */
  readonly tokens: readonly string[];
  /** Per token: whether the official name capitalises it (the text must too, or be in capitals). */
  readonly capital: readonly boolean[];
  readonly row: Row;
  /** A bare capitalised mention counts (a current municipality whose name is no common word). */
  readonly bare: boolean;
  /** The name is no common word: a former municipality's bare mention counts in a text dated within its lifetime. */
  readonly plain: boolean;
}

const COMMON_WORDS = new Set(
  readFileSync(join(DATA_DIR, 'municipality-common-words.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => foldName(l)),
);

/**
 * The everyday names of the seats of government stand for the government seated there as often as
 * for the town: `geld uit Den Haag` (the state), `contact met Den Bosch`, `de ambtenaren in Den
 * Bosch` (the province of Noord-Brabant). These aliases count only where owned (`gemeente Den
 * Bosch`, `raad van Den Haag`); the official names ('s-Gravenhage, 's-Hertogenbosch) still count bare.
 */
const SEATS_OF_GOVERNMENT = new Set(['Den Haag', 'Den Bosch'].map(foldName));

function wordsOf(name: string): string[] {
  return name.match(/[\p{L}\p{N}]+/gu) ?? [];
}

const PATTERNS: ReadonlyMap<string, readonly NamePattern[]> = (() => {
  const byFirst = new Map<string, NamePattern[]>();
  const add = (name: string, row: Row, current: boolean): void => {
    const words = wordsOf(baseName(name));
    const tokens = words.map(foldName);
    const first = tokens[0];
    if (first === undefined) return;
    const list = byFirst.get(first) ?? [];
    const plain = !COMMON_WORDS.has(foldName(row.name));
    list.push({ tokens, capital: words.map((w) => /^\p{Lu}/u.test(w)), row, bare: current && plain, plain });
    byFirst.set(first, list);
  };
  for (const row of ROWS) add(row.name, row, row.until === null && row.cbs !== null);
  for (const [alias, row] of ALIASES) add(alias, row, row.until === null && !SEATS_OF_GOVERNMENT.has(foldName(alias)));
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return byFirst;
})();

/** Words before a name that make the text its own: `gemeente X`, `raad van X`, `burgemeester en wethouders van X`. */
const OWNER_BEFORE_NAME = new Set(['gemeente', 'gemeenteraad', 'gemeentebestuur', 'gem', 'raadscommissie']);
const OWNER_BEFORE_VAN = new Set(['raad', 'gemeenteraad', 'wethouders', 'wethouder', 'w', 'burgemeester', 'college', 'gemeentebestuur', 'griffier', 'griffie', 'ried', 'gemeenteried', 'boargemaster']);
/** `de voormalige gemeente X` speaks about X, it is not X's own text. */
/** What another council sends, in a list of incoming letters: `motie gemeente Bergen over ...`, `brief gemeente Venlo`. */
const FROM_ANOTHER_COUNCIL = new Set(['motie', 'brief', 'resolutie', 'verzoek', 'oproep', 'zienswijze'].map(foldName));
const FORMERLY = new Set(['voormalige', 'voormalig', 'vroegere', 'oude', 'oud', 'toenmalige']);
/** `samen met de gemeente X`, `tussen de gemeente X en ...`: another municipality the text deals with. */
const ANOTHER = new Set(['met', 'tussen', 'naar', 'aan', 'bij', 'als', 'zoals', 'en'].map(foldName)); // folded like the tokens: `bij` is `by`
/** A bare name after these is a surname (`mevrouw van Tilburg`) or another body (`provincie Utrecht`). */
const NOT_THE_MUNICIPALITY_BEFORE = new Set(['van', 'de', 'der', 'den', 'ter', 'von', 'heer', 'heren', 'mevrouw', 'mevr', 'mw', 'dhr', 'mr', 'provincie', 'province', 'regio', 'bisdom']);
/**
 * A bare name after these is another place the text deals with, or where someone lives, not the
 * text's own: `contact met Den Bosch`, `naar Den Bosch te bellen`, `J. v.d. Hoogt te s'Gravenhage`,
 * `informatie bij "De Bilt"` (the weather institute).
 * (Own-municipality minutes say `te Steenbergen` too; such a mention is given up, never guessed on.)
 */
const ANOTHER_PLACE_BEFORE = new Set(['met', 'naar', 'te', 'bij'].map(foldName));
/**
 * Websites came after about 1995: a host named after a municipality dissolved before then
 * (`stompwijk.nl`, Stompwijk went into Leidschendam in 1938) names a place, and the text is of
 * the municipality that holds the place now.
 */
const WEB_ERA = '1996-01-01';
/**
 * Hosts that put the municipality first: council information systems (`zutphen.notubiz.nl`,
 * `leiden.bestuurlijkeinformatie.nl`, `steenbergen.raadsinformatie.nl`, `leidschendam-voorburg.debatrijk.nl`,
 * `drimmelen.begrotingsapp.nl`) and the local branches of national parties (`dronten.d66.nl`,
 * `schagen.pvda.nl`, `veenendaal.sp.nl`), each of which is one municipality's.
 */
const COUNCIL_PLATFORMS = new Set([
  'notubiz', 'ibabs', 'bestuurlijkeinformatie', 'raadsinformatie', 'gemeenteraad', 'raad', 'debatrijk', 'begrotingsapp',
  'd66', 'vvd', 'pvda', 'groenlinks', 'christenunie', 'sp', 'cda', 'sgp', 'pvv', 'partijvoordedieren',
]);
/** A municipality's own domain with the word in front: `raad.gemeente-steenbergen.nl`, `www.gemeentewestland.nl`. */
const OWN_DOMAIN_PREFIX = /^gemeente-?/;
/** The national parties whose local branches are one municipality's: `dronten.d66.nl`, `d66.nl/leudal/`, `cda.nl/noord-holland/medemblik/`, `cdadordrecht.nl`. */
const PARTIES = new Set(['d66', 'vvd', 'pvda', 'groenlinks', 'christenunie', 'sp', 'cda', 'sgp', 'pvv', 'partijvoordedieren']);
/** A local party's domain, the municipality after the party: `cdadordrecht.nl`, `gemeentebelangen-borger-odoorn.nl`. */
const PARTY_DOMAIN_PREFIX = /^(?:cda|vvd|pvda|d66|sgp|christenunie|groenlinks|gemeentebelangen|gb)-?/;
/** Provinces, the level a national party's site may put before the municipality (`cda.nl/zuid-holland/hillegom/`). */
const PROVINCES = new Set(['groningen', 'friesland', 'fryslan', 'drenthe', 'overijssel', 'flevoland', 'gelderland', 'utrecht', 'noordholland', 'zuidholland', 'zeeland', 'noordbrabant', 'limburg'].map(foldName));

interface Token {
  readonly folded: string;
  readonly capital: boolean;
  readonly upper: boolean;
  /** Written against the word before with a slash (`Bollaard/Steenbergen`): one half of a pair of names, such as a street's. */
  readonly slashed: boolean;
}

function tokenise(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => {
    const w = m[0];
    const at = m.index;
    return {
      folded: foldName(w),
      capital: /^\p{Lu}/u.test(w),
      upper: w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w),
      slashed: at >= 2 && text[at - 1] === '/' && /[\p{L}\p{N}]/u.test(text[at - 2] ?? ''),
    };
  });
}

function owned(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1]?.folded;
  const before = tokens[at - 2]?.folded;
  if (prev !== undefined && OWNER_BEFORE_NAME.has(prev)) {
    if (before !== undefined && (FORMERLY.has(before) || FROM_ANOTHER_COUNCIL.has(before))) return false;
    const third = tokens[at - 3]?.folded;
    return !(before === 'de' && third !== undefined && ANOTHER.has(third));
  }
  return (prev === 'van' || prev === 'der') && before !== undefined && OWNER_BEFORE_VAN.has(before);
}

function matchAt(tokens: readonly Token[], at: number): NamePattern | null {
  const first = tokens[at];
  if (first === undefined) return null;
  for (const p of PATTERNS.get(first.folded) ?? []) {
    const fits = p.tokens.every((t, i) => {
      const tok = tokens[at + i];
      return tok !== undefined && tok.folded === t && (!p.capital[i] || tok.capital || tok.upper);
    });
    if (fits) return p;
  }
  return null;
}

/**
 * The municipality a host name is exactly named after, or null: its domain (`dordrecht.nl`,
 * `www.gemeente-steenbergen.nl`), or, on a council platform or a party's site, its first label
 * (`zutphen.notubiz.nl`, `dronten.d66.nl`). A name two municipalities share is none.
 */
function hostMunicipality(host: string): Row | null {
  const row = hostNamed(host);
  return row === null ? null : placeNow(row);
}

/** A municipality dissolved before the web era, named by a host: the current municipality that holds it. */
function placeNow(row: Row): Row {
  if (row.until === null || row.until >= WEB_ERA) return row;
  let r: Row = row;
  for (let hops = 0; r.until !== null && r.successorBrp !== null && hops < 20; hops++) {
    const next = BY_BRP.get(r.successorBrp);
    if (next === undefined) break;
    r = next;
  }
  return r;
}

function hostNamed(host: string): Row | null {
  const labels = host.toLowerCase().split('.').filter((l) => l !== '');
  const domain = labels[labels.length - 2] ?? '';
  const name = COUNCIL_PLATFORMS.has(domain) && labels.length >= 3 ? (labels[0] === 'www' ? (labels[1] ?? '') : (labels[0] ?? '')) : domain.replace(OWN_DOMAIN_PREFIX, '');
  const rows = pick(INDEX.full.get(foldName(name)) ?? []);
  if (rows.length === 1 && rows[0] !== undefined) return rows[0];
  const local = PARTY_DOMAIN_PREFIX.exec(domain) === null ? [] : pick(INDEX.full.get(foldName(domain.replace(PARTY_DOMAIN_PREFIX, ''))) ?? []);
  return local.length === 1 && local[0] !== undefined ? local[0] : null;
}

/**
 * A national party's local branch on the party's own site: `d66.nl/leudal/...`,
 * `www.cda.nl/zuid-holland/pijnacker-nootdorp/...` (the first path segment, or the second after
 * a province). Only on a party's bare domain: elsewhere a path names what a page is about.
 */
function partyBranch(host: string, path: string): Row | null {
  const labels = host.split('.').filter((l) => l !== '' && l !== 'www');
  if (labels.length !== 2 || !PARTIES.has(labels[0] ?? '')) return null;
  const segments = path.split('/').filter((p) => p !== '').map((p) => foldName(decodeURIComponent(p)));
  const name = PROVINCES.has(segments[0] ?? '') ? segments[1] : segments[0];
  const rows = pick(INDEX.full.get(name ?? '') ?? []);
  return rows.length === 1 && rows[0] !== undefined ? placeNow(rows[0]) : null;
}

/**
 * The year a `SOURCE:` URL dates its page by, from a path segment that starts with a year:
 * `/issue/NGHAL/1996-01-01/...` (an archive's volume), `/2011/10/31/...` (a news item). Null when none.
 */
function sourceYear(path: string): string | null {
  const m = /\/((?:1[89]|20)\d\d)(?=[-/]|$)/.exec(path);
  return m?.[1] ?? null;
}

/** Whether a municipality existed at some time in the year. */
function existedIn(row: Row, year: string): boolean {
  return (row.from === null || row.from <= `${year}-12-31`) && (row.until === null || row.until > `${year}-01-01`);
}

/** A bare name after initials (`p.M.M. Roosendaal`, `J. Breda`) is a surname. */
function afterInitial(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return prev !== undefined && prev.folded.length === 1 && /^[a-z]$/.test(prev.folded);
}

/**
 * The municipality a document is from, by what it names. A name the text owns ("gemeente X",
 * "raad van X", "X" in an e-mail address or a web host: `@x.nl`, `raad.x.nl`, `x.notubiz.nl`) counts ten times a bare capitalised mention, so a
 * Dordrecht letter that mentions Rotterdam once stays Dordrecht's. Former municipalities and
 * names that are also common words (Best, Buren, Goes) count only where owned. Null when none is
 * named, or two are named equally often.
 */
export function municipalityMentionedIn(text: string): MunicipalityInfo | null {
  const scores = new Map<Row, number>();
  const add = (row: Row, n: number): void => {
    scores.set(row, (scores.get(row) ?? 0) + n);
  };
  const source = /^\s*SOURCE:\s*https?:\/\/([a-z0-9.-]+)(\/[^\s?#]*)?/im.exec(text);
  const year = sourceYear(source?.[2] ?? '');
  const tokens = tokenise(text);
  for (let i = 0; i < tokens.length; i++) {
    const p = matchAt(tokens, i);
    if (p === null) continue;
    const prev = tokens[i - 1]?.folded;
    // A former municipality's bare mention counts only in a text dated within its lifetime: then it
    // is the municipality; later it is a village or a district.
    const bare = p.bare || (p.plain && p.row.until !== null && year !== null && existedIn(p.row, year));
    if (owned(tokens, i)) add(p.row, 10);
    else if (bare && !(tokens[i]?.slashed ?? false) && (prev === undefined || !(NOT_THE_MUNICIPALITY_BEFORE.has(prev) || ANOTHER_PLACE_BEFORE.has(prev))) && !afterInitial(tokens, i)) add(p.row, 1);
    i += p.tokens.length - 1;
  }
  for (const m of text.matchAll(/(?<![\w.-])@?((?:[a-z0-9-]+\.)+)nl\b/gi)) {
    const row = hostMunicipality(`${m[1] ?? ''}nl`);
    if (row !== null) add(row, 10);
  }
  // The host of the `SOURCE:` line under any top-level domain: `pijnacker-nootdorp.tv`. (A
  // `.nl` host there was counted above.) Only the host: a path names what a page is about
  // (`bndestem.nl/bergen-op-zoom/` on a Steenbergen story), not whose it is.
  const host = source?.[1]?.toLowerCase();
  if (host !== undefined) {
    const row = (host.endsWith('.nl') ? null : hostMunicipality(host)) ?? partyBranch(host, source?.[2] ?? '');
    if (row !== null) add(row, 10);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best === undefined || (second !== undefined && second[1] === best[1])) return null;
  return info(best[0]);
}
