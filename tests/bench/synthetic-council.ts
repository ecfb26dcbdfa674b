/**
 * A synthetic council graph for the benches, as extraction would hand it to the loader: one
 * `ExtractedDocument` per made-up dossier page, each with its facts, their evidence (sentences of
 * the document's own text, by offset) and that text. Deterministic for a seed.
 *
 * Shaped like the real graph, only bigger: many municipalities; per municipality a few bodies
 * (the council and the college are hubs every meeting and commitment points at), a pool of
 * persons, fracties, organisations, topics, policies and meetings that many documents share
 * (the executives commit in hundreds of documents), and per document a new dossier with a long
 * summary, its documents, commitments (a third without a due date, some overdue), requests,
 * decisions and an agreement. Every sentence is Dutch council prose from a small vocabulary, so
 * full-text search has long texts and common words to rank.
 *
 * Bench data only: it is never used to measure extraction quality.
 */
import { date, dateTime, type ExtractedDocument, type FactEdge, type FactLabel, type FactNode, type Passage, type Props, type RelationshipType } from '../../src/ingest/facts.js';
import { entityId, municipalityId } from '../../src/ingest/ids.js';
import { municipalityByCode } from '../../src/ingest/municipalities.js';

/** mulberry32: a small, fast, seeded PRNG (deterministic bench data). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Current municipalities (no dissolution date), by CBS code order. */
export function currentMunicipalities(): { code: string; name: string }[] {
  const out: { code: string; name: string }[] = [];
  for (let i = 1; i < 2000; i++) {
    const code = `GM${String(i).padStart(4, '0')}`;
    const m = municipalityByCode(code);
    if (m !== undefined && m.until === null && m.cbsCode === code) out.push({ code, name: m.name });
  }
  return out;
}

const GIVEN = ['Anna', 'Bram', 'Carla', 'Daan', 'Eva', 'Frank', 'Greetje', 'Hans', 'Ilse', 'Jeroen', 'Karin', 'Lars', 'Marieke', 'Nico', 'Olga', 'Pieter', 'Rianne', 'Sander', 'Tineke', 'Willem'];
const SUR = ['Jansen', 'de Vries', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Kok', 'Koster', 'Prins', 'Huisman', 'Kuiper', 'Postma', 'Willems', 'van Dijk', 'Lambrechts', 'Verhoeven', 'Hoekstra'];
const FRACTIES = ['VVD', 'CDA', 'D66', 'GroenLinks', 'PvdA', 'SP', 'ChristenUnie', 'SGP', 'PVV', 'Partij voor de Dieren', 'Lokaal Belang', 'Leefbaar'];
const ORG_KINDS = ['stichting', 'coöperatie', 'team', 'vereniging', 'bv'];
const ORG_WORDS = ['Jeugd', 'Welzijn', 'Wonen', 'Zorg', 'Sport', 'Cultuur', 'Groen', 'Energie', 'Mobiliteit', 'Onderwijs', 'Veiligheid', 'Werk'];
const TOPICS = ['Sociale Leefomgeving', 'Fysieke Leefomgeving', 'Bestuur en Middelen', 'Jeugdzorg', 'Wmo', 'Woningbouw', 'Duurzaamheid', 'Verkeer', 'Economie', 'Cultuur', 'Onderwijs', 'Veiligheid'];
const POLICY_KINDS = ['beleidsplan', 'startnotitie', 'visie', 'verordening', 'uitvoeringsprogramma', 'nota'];
const WORDS =
  'wijkteam jeugdzorg bewoners gemeente raad college wethouder begroting subsidie woningbouw duurzaamheid energietransitie armoede schuldhulpverlening mantelzorg participatie veiligheid handhaving parkeren fietspad openbaar vervoer onderwijs huisvesting voorzieningen sportvereniging cultuur bibliotheek monumenten bestemmingsplan omgevingsvisie klimaatadaptatie groenbeheer afvalinzameling zwembad buurthuis ondernemers werkgelegenheid re-integratie inburgering vluchtelingen statushouders zorgaanbieders huisartsen jongerenwerk preventie toegankelijkheid evaluatie monitoring rapportage kaders uitvoering'.split(
    ' ',
  );
const VERBS = ['informeert', 'onderzoekt', 'rapporteert', 'komt terug op', 'stuurt een brief over', 'evalueert', 'bespreekt', 'legt voor'];
const BODY_DEFS = [
  { key: 'gemeenteraad', name: 'Gemeenteraad', kind: 'council' },
  { key: 'college-van-b-en-w', name: 'College van B&W', kind: 'executive' },
  { key: 'commissie-sociaal', name: 'Commissie Sociaal', kind: 'committee' },
  { key: 'commissie-fysiek', name: 'Commissie Fysiek', kind: 'committee' },
];

const PERSONS = 40; // per municipality: 8 executives (the hubs), 32 council members
const EXECUTIVES = 8;
const ORGS = 30;
const POLICIES = 60;
const MEETINGS = 120;

interface Pools {
  readonly code: string;
  readonly name: string;
  readonly persons: { id: string; name: string; surname: string; givenName: string; fractie: number }[];
  readonly fracties: { id: string; name: string }[];
  readonly orgs: { id: string; name: string; kind: string }[];
  readonly topics: { id: string; name: string }[];
  readonly policies: { id: string; name: string; kind: string }[];
  readonly meetings: { id: string; title: string; start: string; body: number }[];
  readonly bodies: { id: string; name: string; kind: string }[];
}

function pools(code: string, name: string, rand: () => number): Pools {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const fracties = FRACTIES.slice(0, 8).map((f) => ({ id: entityId('fractie', code, f), name: f }));
  const persons = Array.from({ length: PERSONS }, (_, i) => {
    const givenName = GIVEN[i % GIVEN.length] ?? 'Anna';
    const surname = `${SUR[(i * 7 + code.length) % SUR.length] ?? 'Jansen'}${i >= SUR.length ? `-${i}` : ''}`;
    return { id: entityId('person', code, `${givenName} ${surname}`), name: `${givenName} ${surname}`, surname, givenName, fractie: i % fracties.length };
  });
  const orgs = Array.from({ length: ORGS }, (_, i) => {
    const kind = ORG_KINDS[i % ORG_KINDS.length] ?? 'stichting';
    const n = `${kind === 'team' ? '' : `${kind[0]?.toUpperCase()}${kind.slice(1)} `}${ORG_WORDS[i % ORG_WORDS.length]} ${name}${i >= ORG_WORDS.length ? ` ${Math.floor(i / ORG_WORDS.length) + 1}` : ''}`;
    return { id: entityId('organisation', code, n), name: n, kind };
  });
  const topics = TOPICS.map((t) => ({ id: entityId('topic', code, t), name: t }));
  const policies = Array.from({ length: POLICIES }, (_, i) => {
    const kind = POLICY_KINDS[i % POLICY_KINDS.length] ?? 'nota';
    const n = `${kind[0]?.toUpperCase()}${kind.slice(1)} ${pick(WORDS)} ${pick(WORDS)} ${2015 + (i % 10)}`;
    return { id: entityId('policy', code, `${n} ${i}`), name: n, kind };
  });
  const bodies = BODY_DEFS.map((b) => ({ id: entityId('body', code, b.key), name: b.name, kind: b.kind }));
  const meetings = Array.from({ length: MEETINGS }, (_, i) => {
    const day = new Date(Date.UTC(2016, 0, 5) + i * 26 * 86_400_000);
    const start = `${day.toISOString().slice(0, 10)}T${i % 2 === 0 ? '20:00' : '19:30'}`;
    const body = i % 3 === 0 ? 0 : 2 + (i % 2);
    const title = `${BODY_DEFS[body]?.name ?? 'Gemeenteraad'} ${start.replace('T', ' ')}`;
    return { id: entityId('meeting', code, title), title, start, body };
  });
  return { code, name, persons, fracties, orgs, topics, policies, meetings, bodies };
}

/** The document builder: its text grows sentence by sentence, each fact's evidence is its sentence. */
class DocText {
  private text = '';
  sentence(s: string): Passage {
    const start = this.text.length;
    this.text += s;
    const end = this.text.length;
    this.text += ' ';
    return { start, end, quote: s };
  }
  value(): string {
    return this.text;
  }
}

export interface SyntheticDocument {
  readonly doc: ExtractedDocument;
  readonly text: string;
}

/**
 * The generator: `next()` gives document after document, spread round-robin over `municipalities`
 * municipalities. Ids are stable for (seed, municipalities, document number).
 */
export class SyntheticCouncil {
  private readonly rand: () => number;
  private readonly pools: Pools[];
  private n = 0;

  constructor(municipalities: number, seed = 20261127) {
    this.rand = prng(seed);
    const all = currentMunicipalities();
    this.pools = all.slice(0, Math.max(1, Math.min(municipalities, all.length))).map((m, i) => pools(m.code, m.name, prng(seed + i + 1)));
  }

  get municipalities(): readonly { code: string; name: string }[] {
    return this.pools;
  }

  /** Nodes the shared pools add once per municipality (municipality, bodies, persons, ...). */
  static sharedNodesPerMunicipality(): number {
    return 1 + BODY_DEFS.length + PERSONS + 8 + ORGS + TOPICS.length + POLICIES + MEETINGS;
  }

  next(): SyntheticDocument {
    const k = this.n++;
    const p = this.pools[k % this.pools.length] as Pools;
    const r = this.rand;
    const int = (n: number) => Math.floor(r() * n);
    const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)] as T;
    const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
    const t = new DocText();
    const nodes: FactNode[] = [];
    const edges: FactEdge[] = [];
    const seen = new Set<string>();
    const node = (id: string, label: FactLabel, props: Props, evidence: Passage[]) => {
      if (seen.has(id)) return;
      seen.add(id);
      nodes.push({ id, label, props: { ...props, municipality: p.code }, evidence });
    };
    const edge = (type: RelationshipType, from: string, to: string, evidence: Passage[], props: Props = {}) => edges.push({ type, from, to, props, evidence });
    const number = String(2_000_000 + k);
    const seq = Math.floor(k / this.pools.length);
    const meeting = p.meetings[(seq * 7 + int(5)) % p.meetings.length] ?? p.meetings[0];
    if (meeting === undefined) throw new Error('no meetings');
    const meetingDay = meeting.start.slice(0, 10);
    const holder = p.persons[int(EXECUTIVES)] ?? p.persons[0];
    if (holder === undefined) throw new Error('no persons');

    const head = t.sentence(`Raadsvoorstel ${number} van de gemeente ${p.name}: ${words(6)}.`);
    node(municipalityId(p.code), 'Municipality', { cbsCode: p.code, name: p.name }, []);
    const dossierId = `dossier:${p.code.toLowerCase()}:${number}`;
    const subject = `${words(3)} ${words(3)}`.replace(/^./, (c) => c.toUpperCase());
    const summary = Array.from({ length: 4 + int(4) }, () => `${words(10 + int(10))}.`).join(' ');
    const created = new Date(Date.parse(`${meetingDay}T00:00:00Z`) - (10 + int(60)) * 86_400_000).toISOString().slice(0, 10);
    const sumP = t.sentence(summary);
    node(dossierId, 'Dossier', { number, subject, created: date(created), summary, caseType: 'Raadsvoorstel' }, [head, sumP]);
    edge('IN_MUNICIPALITY', dossierId, municipalityId(p.code), [head]);

    const topic = pick(p.topics);
    const topicP = t.sentence(`Pijler: ${topic.name}.`);
    node(topic.id, 'Topic', { name: topic.name, kind: 'pijler' }, [topicP]);
    edge('HAS_TOPIC', dossierId, topic.id, [topicP]);

    const holderP = t.sentence(`Portefeuillehouder: wethouder ${holder.name}.`);
    node(holder.id, 'Person', { name: holder.name, surname: holder.surname, givenName: holder.givenName }, [holderP]);
    const college = p.bodies[1];
    const council = p.bodies[0];
    if (college === undefined || council === undefined) throw new Error('no bodies');
    node(college.id, 'Body', { name: college.name, kind: college.kind }, []);
    node(council.id, 'Body', { name: council.name, kind: council.kind }, []);
    edge('PORTFOLIO_HOLDER_OF', holder.id, dossierId, [holderP]);
    edge('HOLDS_ROLE', holder.id, college.id, [holderP], { role: 'wethouder' });

    const policy = pick(p.policies);
    const polP = t.sentence(`Dit voorstel geeft uitvoering aan ${policy.name}.`);
    node(policy.id, 'Policy', { name: policy.name, kind: policy.kind }, [polP]);
    edge('IMPLEMENTS', dossierId, policy.id, [polP]);

    const body = p.bodies[meeting.body] ?? council;
    const meetP = t.sentence(`Behandeld in de vergadering ${meeting.title}.`);
    node(body.id, 'Body', { name: body.name, kind: body.kind }, []);
    node(meeting.id, 'Meeting', { start: dateTime(meeting.start), date: date(meetingDay), title: meeting.title, bodyName: body.name }, [meetP]);
    edge('OF_BODY', meeting.id, body.id, [meetP]);
    edge('DISCUSSED_IN', dossierId, meeting.id, [meetP]);

    for (let d = 0; d < 4; d++) {
      const kind = ['Raadsvoorstel', 'Raadsbesluit', 'Bijlage', 'B&W besluit'][d] ?? 'Bijlage';
      const title = `${kind} ${subject} ${d + 1}`;
      const docP = t.sentence(`${kind}: ${title}.`);
      const id = entityId('document', p.code, `${number} ${d} ${title}`);
      node(id, 'Document', { kind, title, position: d + 1 }, [docP]);
      edge('IN_DOSSIER', id, dossierId, [docP]);
    }

    const org = pick(p.orgs);
    const orgP = t.sentence(`${org.name} voert de ${words(2)} uit.`);
    node(org.id, 'Organisation', { name: org.name, kind: org.kind }, [orgP]);
    const agreementId = entityId('agreement', p.code, `${number} funding ${org.name}`);
    const amount = 10_000 * (1 + int(500));
    const agP = t.sentence(`Per jaar betaalt de gemeente ${p.name} ongeveer ${amount} euro aan ${org.name} voor ${words(3)}.`);
    node(agreementId, 'Agreement', { kind: 'funding', description: agP.quote, amount, currency: 'EUR', amountPeriod: 'year' }, [agP]);
    edge('PARTY_TO', org.id, agreementId, [agP], { role: 'recipient' });
    edge('CONCERNS', agreementId, dossierId, [agP]);

    for (let c = 0; c < 4; c++) {
      const actor = c === 0 ? holder : (p.persons[int(EXECUTIVES)] ?? holder);
      const text = `Wethouder ${actor.surname} zegt toe dat het college ${pick(VERBS)} ${words(5 + int(8))}.`;
      const cP = t.sentence(text);
      const id = entityId('commitment', p.code, `${number} ${meetingDay} ${c} ${text.slice(0, 40)}`);
      const dueKind = int(3);
      const dueLatest = new Date(Date.parse(`${meetingDay}T00:00:00Z`) + (30 + int(900)) * 86_400_000).toISOString().slice(0, 10);
      const due: Props = dueKind === 0 ? {} : { dueText: dueKind === 1 ? 'voor de zomer' : `voor ${dueLatest}`, dueEarliest: date(meetingDay), dueLatest: date(dueLatest) };
      const status = int(10) < 7 ? 'open' : 'fulfilled';
      node(id, 'Commitment', { text, kind: int(4) === 0 ? 'soft' : 'explicit', status, date: date(meetingDay), confidence: Math.round((0.5 + r() / 2) * 1000) / 1000, ...due }, [cP]);
      node(actor.id, 'Person', { name: actor.name, surname: actor.surname, givenName: actor.givenName }, [cP]);
      edge('COMMITTED', actor.id, id, [cP]);
      edge('MADE_IN', id, meeting.id, [cP]);
      edge('PROMISED_TO', id, body.id, [cP]);
      edge('IN_DOSSIER', id, dossierId, [cP]);
      if (c === 0) edge('CONCERNS', id, org.id, [cP]);
    }

    for (let q = 0; q < 3; q++) {
      const member = p.persons[EXECUTIVES + int(PERSONS - EXECUTIVES)] ?? holder;
      const fractie = p.fracties[member.fractie] ?? p.fracties[0];
      if (fractie === undefined) throw new Error('no fracties');
      const text = `De fractie ${fractie.name} vraagt het college om ${words(4 + int(6))}.`;
      const qP = t.sentence(`${member.name} (${fractie.name}): ${text}`);
      const id = entityId('request', p.code, `${number} ${meetingDay} ${q} ${text.slice(0, 40)}`);
      node(fractie.id, 'Fractie', { name: fractie.name, abbreviation: fractie.name }, [qP]);
      node(member.id, 'Person', { name: member.name, surname: member.surname, givenName: member.givenName }, [qP]);
      node(id, 'Request', { kind: 'question', text, date: date(meetingDay) }, [qP]);
      edge('MEMBER_OF', member.id, fractie.id, [qP]);
      edge('RAISED', fractie.id, id, [qP]);
      edge('MADE_IN', id, meeting.id, [qP]);
      edge('CONCERNS', id, dossierId, [qP]);
    }

    for (let d = 0; d < 2; d++) {
      const text = d === 0 ? `De raad stemt in met het voorstel over ${words(3)}.` : `De commissie adviseert het voorstel als ${pick(['hamerstuk', 'bespreekstuk'])} te agenderen.`;
      const dP = t.sentence(text);
      const id = entityId('decision', p.code, `${number} ${meetingDay} ${d} ${text.slice(0, 40)}`);
      node(id, 'Decision', { text, outcome: 'adopted', date: date(meetingDay), about: 'voorstel' }, [dP]);
      edge('DECIDED_IN', id, meeting.id, [dP]);
      edge('CONCERNS', id, dossierId, [dP]);
      const supporter = pick(p.fracties);
      node(supporter.id, 'Fractie', { name: supporter.name, abbreviation: supporter.name }, [dP]);
      edge('SUPPORTED', supporter.id, id, [dP]);
    }

    const text = t.value();
    const fileName = `${String(k).padStart(7, '0')}_${number}.txt`;
    const doc: ExtractedDocument = { source: { fileName, sha256: `synthetic-${k}`, format: 'dossier-page', municipality: p.code }, nodes, edges, warnings: [] };
    return { doc, text };
  }
}
