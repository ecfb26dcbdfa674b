import type { DocContext } from './context.js';
import { cuesIn, foldWords } from './commitments/lexicon.js';
import { EXECUTIVE_ROLES } from './gazetteer.js';
import { actorMentions, type Mention } from './mentions.js';
import { documentPersons } from './person-identity.js';
import { quotations, type Quotation } from './quotations.js';

/**
 * Whose words a quotation holds, read from its reporting clause: the executive (a wethouder, the
 * burgemeester, the college), someone else (a council member, a fractie or party, an initiatiefnemer,
 * a resident, an organisation), or nobody the clause makes out. A pronoun (`zei hij`, `aldus spreker`)
 * is the person named last before the quotation.
 */
export type QuotedVoice =
  /** `person`: the executive's own node when the clause names one; null for `de wethouder`, `het college` (the caller resolves it from `clause`). */
  | { readonly kind: 'executive'; readonly person: string | null; readonly clause: { readonly start: number; readonly end: number }; readonly mentions: readonly Mention[] }
  | { readonly kind: 'other' }
  | { readonly kind: 'unknown' };

const EXECUTIVE_WORD = / (?:wethouder|wethouders|burgemeester|loco burgemeester|portefeuillehouder|college|b&w|b en w) /;
const FIRST_OR_SECOND = / (?:u|uw|ik|wij|we|wy|mij|ons|onze) /;
const PRONOUN = / (?:hij|zij|ze|spreker|sprekster) /;
/** How far before a quotation a pronoun's person may have been named. */
const LOOK_BACK = 600;

/** What the document has shown this person as so far: an executive, someone else, or nothing yet. */
function personVoice(ctx: DocContext, m: Mention): 'executive' | 'other' | 'unknown' {
  if (m.role !== null) return EXECUTIVE_ROLES.test(m.role) && m.role !== 'gedeputeerde' ? 'executive' : 'other';
  for (const people of documentPersons(ctx.facts).values()) {
    const p = people.find((q) => q.id === m.id);
    if (p === undefined) continue;
    if ([...p.roles].some((r) => EXECUTIVE_ROLES.test(r) && r !== 'gedeputeerde')) return 'executive';
    if (p.roles.size > 0) return 'other';
  }
  return 'unknown';
}

/** The voice a reporting clause names. */
function clauseVoice(ctx: DocContext, clause: { readonly start: number; readonly end: number }, q: Quotation): QuotedVoice {
  const mentions = actorMentions(ctx, clause.start, clause.end, null);
  const folded = foldWords(ctx.sh.slice(clause.start, clause.end));
  const person = mentions.find((m) => m.kind === 'person');
  // `Bert Terlouw van D66`, `Etkin Armut (CDA)`, `CDA-raadslid X`, `de voorzitter van de dorpsraad`: a party, a role or an organisation that is not the college.
  const otherWords = cuesIn('non-executive-role', folded).length > 0 || cuesIn('third-party', folded).length > 0 || mentions.some((m) => m.kind === 'fractie' || m.kind === 'organisation');
  if (person !== undefined) {
    const voice = personVoice(ctx, person);
    if (voice === 'executive') return { kind: 'executive', person: person.id, clause, mentions };
    if (voice === 'other' || otherWords) return { kind: 'other' };
    return { kind: 'unknown' };
  }
  if (otherWords) return { kind: 'other' };
  if (EXECUTIVE_WORD.test(folded)) return { kind: 'executive', person: null, clause, mentions };
  if (PRONOUN.test(folded)) {
    // `zei hij`: the person named last before the quotation, as the document has shown him.
    const before = actorMentions(ctx, Math.max(0, q.start - LOOK_BACK), q.start, null).filter((m) => m.kind === 'person');
    const last = before[before.length - 1];
    if (last === undefined) return { kind: 'unknown' };
    const voice = personVoice(ctx, last);
    return voice === 'executive' ? { kind: 'executive', person: last.id, clause, mentions } : voice === 'other' ? { kind: 'other' } : { kind: 'unknown' };
  }
  return { kind: 'unknown' };
}

/**
 * The quoted speech of one document, read once: whether an offset lies inside a quotation, and whose
 * voice it is. The clause is read when a unit inside the quotation is first asked about, so a
 * speaker named only in the clause is known by what the document said of him before.
 */
export class QuotedSpeech {
  private readonly list: readonly Quotation[];
  private readonly voices = new Map<Quotation, QuotedVoice>();

  private constructor(private readonly ctx: DocContext) {
    this.list = quotations(ctx.text);
  }

  private static readonly read = new WeakMap<DocContext, QuotedSpeech>();

  /** The quoted speech of the document of `ctx`, found once however many meetings it holds. */
  static of(ctx: DocContext): QuotedSpeech {
    const known = QuotedSpeech.read.get(ctx);
    if (known !== undefined) return known;
    const made = new QuotedSpeech(ctx);
    QuotedSpeech.read.set(ctx, made);
    return made;
  }

  /**
   * Whether the document reports what others said, in the third person (`", aldus X`, `zei
   * wethouder Y`): then it has a writer of its own, a paper or a party, whose `we` is not the
   * college's. A letter that quotes its addressee (`In uw brief schrijft u: "..."`) does not count.
   */
  get reportsOthers(): boolean {
    return this.list.some((q) => q.attribution !== null && !FIRST_OR_SECOND.test(foldWords(this.ctx.text.slice(q.attribution.start, q.attribution.end))));
  }

  /** The quotation that holds `at`, or null. */
  at(at: number): Quotation | null {
    for (const q of this.list) {
      if (q.start > at) return null;
      if (at < q.end) return q;
    }
    return null;
  }

  /** Whose words hold offset `at`: null outside a quotation. */
  voiceAt(at: number): QuotedVoice | null {
    const q = this.at(at);
    if (q === null) return null;
    const known = this.voices.get(q);
    if (known !== undefined) return known;
    const voice = q.attribution === null ? { kind: 'unknown' as const } : clauseVoice(this.ctx, q.attribution, q);
    this.voices.set(q, voice);
    return voice;
  }
}
