import { cuesIn, foldWords, type LexiconName } from './lexicon.js';

/**
 * The features of one candidate unit, as strings: what the learned scorer weighs. Words and word
 * pairs say how things are phrased; lexicon cues say what kind of words occur and where; the
 * unit's place in the document (a `Toezeggingen` heading above it, a register row, who speaks)
 * says what the layout means. The same function serves training and extraction, so the scorer
 * always sees at run time what it was trained on.
 */
export interface UnitContext {
  /** The unit's text (shadow text: OCR noise smoothed, same offsets). */
  readonly text: string;
  /** The document's format as detect-format names it. */
  readonly format: string;
  /** Under a `Toezeggingen` heading or label, or a row of a toezeggingen register. */
  readonly inCommitmentList: boolean;
  /** A list item (bullet or number). */
  readonly listItem: boolean;
  /** Who speaks, in minutes: an executive, a member, or nobody. */
  readonly speaker: 'executive' | 'member' | 'none';
  /** The unit before it, for who was named just before (news names the wethouder once, then reports). */
  readonly previous: string;
  /** Whether `wij` is the college in this document (letters, decision lists, slides). */
  readonly weIsCollege: boolean;
  /** How the actor was found: by the rules before the promise verb, anywhere in the unit, as the speaker, or not at all (the college by default). */
  readonly actorFrom: 'rule' | 'unit' | 'speaker' | 'default';
  /** What the hand-written rules made of it: a cue of them, not a verdict (`says`: the rules alone would take it). */
  readonly rule: { readonly promise: boolean; readonly soft: boolean; readonly reported: boolean; readonly expectation: boolean; readonly motionInstruction: boolean; readonly thirdParty: boolean; readonly actorFound: boolean; readonly says: boolean };
}

const LEX: readonly LexiconName[] = ['promise', 'future', 'hedge', 'reporting', 'executive', 'addressee', 'not-promise', 'third-party', 'past', 'time'];

export function unitFeatures(u: UnitContext): string[] {
  const folded = foldWords(u.text);
  const words = folded.trim().split(' ').filter((w) => w !== '');
  const f = new Set<string>(['bias']);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    if (/^\d+$/.test(w)) continue;
    f.add(`w:${w}`);
    const next = words[i + 1];
    if (next !== undefined) f.add(`b:${w}_${next}`);
  }
  const found = new Map<LexiconName, string[]>();
  for (const name of LEX) {
    const cues = cuesIn(name, folded);
    found.set(name, cues);
    if (cues.length > 0) f.add(`lex:${name}`);
    for (const c of cues) f.add(`cue:${name}:${c}`);
  }
  const has = (n: LexiconName) => (found.get(n)?.length ?? 0) > 0;
  // Where the first executive word stands relative to the first promise cue: subject before verb.
  const firstAt = (n: LexiconName): number => {
    const c = found.get(n)?.[0];
    return c === undefined ? -1 : folded.indexOf(` ${c} `);
  };
  const ex = firstAt('executive'), pr = firstAt('promise');
  if (ex >= 0 && pr >= 0) f.add(ex < pr ? 'order:exec-before-promise' : 'order:promise-before-exec');
  for (const [a, b] of [['executive', 'promise'], ['promise', 'future'], ['promise', 'hedge'], ['promise', 'reporting'], ['promise', 'addressee'], ['executive', 'future'], ['promise', 'not-promise'], ['hedge', 'future']] as const) {
    if (has(a) && has(b)) f.add(`and:${a}+${b}`);
  }
  // An executive within eight words before a promise or future cue: the executive is the one who acts.
  const at = (n: LexiconName): number[] => {
    const out: number[] = [];
    for (const c of new Set(found.get(n) ?? [])) {
      const cw = c.split(' ');
      for (let i = 0; i + cw.length <= words.length; i++) if (cw.every((x, j) => words[i + j] === x)) out.push(i);
    }
    return out;
  };
  const exAt = at('executive');
  for (const n of ['promise', 'future', 'hedge'] as const) {
    if (at(n).some((i) => exAt.some((e) => e < i && i - e <= 8))) f.add(`near:executive->${n}`);
  }
  if (at('reporting').some((r) => words.slice(r + 1, r + 4).includes('dat')) && has('future')) f.add('reported-future');
  if (cuesIn('executive', foldWords(u.previous)).some((c) => c !== 'we' && c !== 'ik' && c !== 'ons' && c !== 'onze')) f.add('previous:executive');
  if (/ (?:u|uw) /.test(folded)) f.add('person:second');
  if (/ (?:wordt|worden|werd|werden) (?:[a-z]+ ){0,6}(?:ge[a-z]+[dt]|toegezegd|toegestuurd|toegezonden|voorgelegd|aangeboden|teruggekoppeld) /.test(folded)) f.add('voice:passive');
  if (/ (?:heeft|hebben|had|hadden|is|zijn|was|waren) (?:[a-z]+ ){0,8}(?:ge[a-z]+[dt]|toegezegd|beloofd) /.test(folded)) f.add('tense:perfect');
  // Who acts right before the verb: `ik zal`, `wij gaan`, `de voorzitter zal`, `het college komt`: the subject is the executive or the speaker.
  if (/ (?:ik|wij|we|wy) (?:zal|zullen|ga|gaan|kom|komen|wil|willen|sil|sille) /.test(folded) || / (?:zal|zullen|ga|gaan|kom|komen) (?:ik|wij|we) /.test(folded)) f.add('subject:first-person-future');
  if (/ (?:wethouder|burgemeester|voorzitter|portefeuillehouder|college) (?:[a-z]+ ){0,3}?(?:zal|zullen|gaat|gaan|komt|komen|zegt|zegde) /.test(folded)) f.add('subject:executive-verb');
  // A time the promise is for: a month, a season, a quarter, a year, `volgende week`, `binnenkort`.
  if (/ (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|zomer|zomerreces|najaar|voorjaar|kwartaal|week|maand|jaar|binnenkort|spoedig|eind|begin|medio|voor|na) (?:[a-z]+ )?(?:\d{4} )?/.test(folded) && /(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|zomer|najaar|voorjaar|kwartaal|volgende week|komende|binnenkort|spoedig|\b20\d\d\b|\b19\d\d\b)/.test(folded)) f.add('time');
  // Quoted words: what someone said, as a paper or party reports it.
  if (/["“”„'‘’]|,,/.test(u.text)) f.add('quote');
  if (/ (?:niet|geen|nooit) /.test(folded)) f.add('neg');
  if (/\?\s*$/.test(u.text)) f.add('question');
  // A register's label, bare or with who promised it (`Toezegging:`, `Toezegging burgemeester:`, `Toezeggingen wethouder Grummel:`).
  if (/^\s*(?:toezegging(?:en)?|tasein)(?:\s+(?:van\s+)?(?:de\s+|het\s+)?(?:wethouder|burgemeester|college|portefeuillehouder|voorzitter)(?:\s+[A-Z][\p{L}'-]+){0,3})?\s*[:\-]/iu.test(u.text)) f.add('label:toezegging');
  // Impersonal delivery: `wordt ... toegestuurd`, `worden ... aan de raad aangeboden`, `wordt de raad op de hoogte gebracht`: no subject, but an act towards the council.
  const delivery = / (?:wordt|worden|zal|zullen) (?:[a-z]+ ){0,10}?(?:gestuurd|toegestuurd|verstuurd|toegezonden|aangeboden|voorgelegd|geinformeerd|gedeeld|geagendeerd|verstrekt|gebracht|gerapporteerd|teruggekoppeld|uitgewerkt|georganiseerd|opgenomen|onderzocht|geevalueerd|gepresenteerd|beantwoord|toegelicht|gemeld|meegedeeld|medegedeeld) /.test(folded);
  const toCouncil = / (?:raad|gemeenteraad|commissie|raadsleden|fracties|u) /.test(folded);
  if (delivery) {
    f.add('passive:delivery');
    if (toCouncil) f.add('passive:delivery+council');
  }
  // The present tense with a time: `De raad ontvangt in maart een memo`, `Een uitnodiging volgt medio januari`, `Het college komt in april met ...`.
  const presentAct = / (?:ontvangt|ontvangen|krijgt|krijgen|stuurt|sturen|informeert|informeren|komt|komen|volgt|volgen|legt|leggen|biedt|bieden|start|starten|organiseert|organiseren|verschijnt|gaat|gaan) /.test(folded);
  if (presentAct && f.has('time')) f.add('present+time');
  if (delivery && f.has('time')) f.add('passive:delivery+time');
  const clause = clauseFeatures(words);
  for (const x of clause) f.add(x);
  // `wij`/`ik` is the executive only in the college's own texts or in an executive's turn; elsewhere it is a party, a paper, a resident.
  if (clause.includes('subj:first')) f.add(`subj:first:${u.weIsCollege ? 'college' : u.speaker}`);
  f.add(`fmt:${u.format}`);
  f.add(`actor:${u.actorFrom}`);
  if (at('third-party').some((t) => at('future').some((i) => t < i && i - t <= 6)) && !f.has('near:executive->future')) f.add('near:third-party->future');
  if (u.inCommitmentList) f.add('layout:commitment-list');
  if (u.listItem) f.add('layout:item');
  f.add(`speaker:${u.speaker}`);
  if (u.weIsCollege) f.add('we-is-college');
  const len = words.length;
  f.add(`len:${len < 8 ? 'short' : len < 25 ? 'mid' : len < 60 ? 'long' : 'very-long'}`);
  for (const [k, v] of Object.entries(u.rule)) if (v && k !== 'says') f.add(`rule:${k}`);
  for (const x of undertakingFeatures(words, folded, u)) f.add(x);
  // A marker for calibration (model.ts), never weighed: the scorer weighs the rules' cues above, not their verdict.
  if (u.rule.says) f.add('mark:rule-says');
  return [...f];
}

const NEGATION = new Set(['niet', 'geen', 'nooit']);
const FIRST_PERSON = new Set(['ik', 'wij', 'we', 'wy']);
/** Verbs and phrases of undertaking to inform, answer or look into something: what an executive promises a council. */
const UNDERTAKE = / (?:inlichten|in kennis (?:stellen|brengen|gesteld)|ter kennis (?:brengen|gebracht|van)|op de hoogte (?:stellen|brengen|houden|gesteld|gebracht)|doen toekomen|toekomen|beantwoorden|beantwoord|antwoorden|schriftelijk|nazien|nagaan|nagegaan|laten (?:onderzoeken|nagaan|nazien|uitzoeken|weten)|uitzoeken|onderzoeken|bekijken|bezien|zorg (?:dragen|voor dragen)|aandacht (?:besteden|schenken)|contact (?:opnemen|zoeken|worden opgenomen)|in overleg treden|overleg(?:gen|plegen)?|terugkomen|terug (?:komen|te komen)|voorleggen|voorstellen doen|met een (?:voorstel|notitie|brief|memo|planning|reactie) komen) /;

/**
 * How the undertaking itself is phrased, beyond its words: a negation at the modal verb (`zal niet`)
 * against one elsewhere (`zodra ... niet bekend is`), `ik`/`wij` as the subject of a modal with an
 * infinitive (by whose turn or text), `u` or the council after `aan`/`naar` as the receiver after the verb (`ik zal u
 * inlichten`, `U ontvangt`), and a verb of informing, answering or looking into something with a
 * future.
 */
function undertakingFeatures(words: readonly string[], folded: string, u: UnitContext): string[] {
  const out: string[] = [];
  const modalAt = words.findIndex((w) => MODALS.has(w));
  if (words.some((w) => NEGATION.has(w))) {
    const nearModal = modalAt >= 0 && words.slice(Math.max(0, modalAt - 2), modalAt + 4).some((w) => NEGATION.has(w));
    out.push(nearModal ? 'neg:at-modal' : 'neg:elsewhere');
  }
  if (modalAt >= 0) {
    const around = words.slice(Math.max(0, modalAt - 3), modalAt + 3);
    const tail = words.slice(modalAt + 1, modalAt + 16);
    const hasInf = tail.some((w) => /^(?:[a-z]{3,}en|doen|gaan|zien|staan)$/.test(w));
    if (around.some((w) => FIRST_PERSON.has(w)) && hasInf) out.push(`first+modal+inf:${u.weIsCollege ? 'college' : u.speaker}`);
    const after = ` ${tail.join(' ')} `;
    // The receiver is `u` or the council after `aan`/`naar`/`met`/`bij` (`in de raadscommissie` is where, not to whom).
    if (/ (?:u|uw raad|uw vergadering|uw commissie) | (?:aan|naar|met|bij) (?:de |het )?(?:raad|gemeenteraad|commissie|raadscommissie|raadsleden|fracties) /.test(after)) out.push('receiver:council-after-modal');
    if (UNDERTAKE.test(after)) out.push(`undertake:after-modal${hasInf ? '+inf' : ''}`);
  }
  if (/ (?:u|uw raad) (?:ontvangt|krijgt|wordt) | (?:ontvangt|krijgt) u /.test(folded)) out.push('receiver:u-receives');
  if (UNDERTAKE.test(folded) && modalAt < 0) out.push('undertake:no-modal');
  return out;
}

const MODALS = new Set(['zal', 'zullen', 'gaat', 'gaan', 'ga', 'wil', 'willen', 'komt', 'komen', 'kom', 'sil', 'sille']);
const PAST_MODALS = new Set(['zou', 'zouden', 'wilde', 'wilden', 'ging', 'gingen', 'kwam', 'kwamen']);
const SUBJECT_EXEC = new Set(['wethouder', 'wethouders', 'burgemeester', 'college', 'portefeuillehouder', 'voorzitter', 'gemeente', 'b&w', 'riedshear', 'kolleezje', 'boargemaster']);
const SUBJECT_FIRST = new Set(['ik', 'wij', 'we', 'wy']);
const SUBJECT_THIRD_PERSON = new Set(['hij', 'zij', 'ze', 'spreker']);
const SUBJECT_COUNCIL = new Set(['raad', 'gemeenteraad', 'commissie', 'fractie', 'raadslid', 'raadsleden', 'motie', 'amendement', 'partij']);
const TIME_WORDS = new Set(['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december', 'zomer', 'najaar', 'voorjaar', 'kwartaal', 'binnenkort', 'spoedig', 'volgende', 'komende', 'eind', 'medio', 'uiterlijk', 'termijn']);

/**
 * The clause of the unit's first modal verb: who stands before the verb (the executive,
 * ik/wij, hij/zij, the council or a party), whether the verb is a modal with an infinitive after it
 * (`zal ... sturen`), a past modal (`zou ... worden`: reported or conditional), a time named after
 * the verb; and the shapes of what is not an undertaking: a question with the verb first, a demand
 * (`moet`), a plan quoted from another document.
 */
function clauseFeatures(words: readonly string[]): string[] {
  const out: string[] = [];
  const finite = words.findIndex((w) => MODALS.has(w) || PAST_MODALS.has(w));
  const head = words.slice(0, Math.max(0, Math.min(finite < 0 ? 6 : finite, 6)));
  // `In mei wordt de gemeenteraad geinformeerd`: a council word after a passive verb is who receives, not who acts.
  const passiveAt = head.findIndex((w) => w === 'wordt' || w === 'worden' || w === 'werd' || w === 'werden');
  const councilAt = head.findIndex((w) => SUBJECT_COUNCIL.has(w));
  const subj = head.find((w) => SUBJECT_EXEC.has(w)) !== undefined ? 'exec' : passiveAt >= 0 && councilAt > passiveAt ? 'passive' : head.some((w) => SUBJECT_FIRST.has(w)) ? 'first' : head.some((w) => SUBJECT_THIRD_PERSON.has(w)) ? 'he' : head.some((w) => SUBJECT_COUNCIL.has(w)) ? 'council' : head.length === 0 ? 'none' : 'other';
  out.push(`subj:${subj}`);
  // `Kan de wethouder toezeggen ...`, `Zal het college ...`: a verb first is a question, whatever the punctuation.
  if (/^(?:kan|kunt|zal|zult|wil|wilt|gaat|is|heeft|komt|zijn|wordt)$/.test(words[0] ?? '') && words.slice(1, 4).some((w) => SUBJECT_EXEC.has(w) || w === 'u')) out.push('inverted-question');
  // `Nu moet wethouder X met een voorstel komen`: others' demand on the executive, not its undertaking.
  if (words.some((w) => w === 'moet' || w === 'moeten')) out.push('modal:must');
  // A plan quoted from another document (`in de begroting staat: ...`).
  if (words.some((w, i) => w === 'staat' && /^(?:begroting|programmabegroting|programmarekening|jaarrekening|voorstel|brief|plan|nota|coalitieakkoord|akkoord)$/.test(words[i - 1] ?? words[i - 2] ?? ''))) out.push('cites-document');
  if (finite >= 0) {
    const modal = words[finite] ?? '';
    const tail = words.slice(finite + 1, finite + 16);
    const inf = tail.findIndex((w) => /^(?:[a-z]{3,}en|doen|gaan|zien|staan|slaan)$/.test(w) && !/^(?:den|een|heen|geen|tegen|boven|beneden|binnen|buiten|open|even|bewoners|inwoners|wethouders|leden|redenen|zaken|kosten|plannen|mogelijkheden|gevallen|gesprekken|ouders|middelen)$/.test(w));
    const kind = PAST_MODALS.has(modal) ? 'past' : 'present';
    out.push(`modal:${kind}${inf >= 0 ? '+inf' : ''}`);
    out.push(`modal:${kind}:subj:${subj}`);
    if (tail.some((w) => TIME_WORDS.has(w) || /^(?:19|20)\d\d$/.test(w))) out.push(`modal:${kind}+time`);
    if (tail.slice(0, 3).some((w) => w === 'worden' || w === 'wordt')) out.push('modal:passive');
  }
  return out;
}
