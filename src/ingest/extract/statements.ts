import { date } from '../facts.js';
import { entityId, slug } from '../ids.js';
import { findFuzzyDate } from '../fuzzy-dates.js';
import { sentences, type Span } from '../text.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { COLLEGE, COUNCIL, EXECUTIVE_ROLES, NAME_AFTER_TITLE } from './gazetteer.js';
import { actorMentions, bodyNode, personNode, type Mention } from './mentions.js';
import { decisionReported } from './decision-outcome.js';
import { policyMentions } from './policies.js';
import { chairActor, chairContinues, MAYOR } from './commitments/chair.js';
import { UNNAMED_WETHOUDER } from './commitments/unnamed-wethouder.js';
import { unitFeatures, type UnitContext } from './commitments/features.js';
import { cuesIn, foldWords } from './commitments/lexicon.js';
import { confidence, probability, score, softByModel as modelSaysSoft } from './commitments/model.js';
import { QuotedSpeech } from './quoted-speaker.js';

/**
 * What people say in a meeting or a letter, sentence by sentence: commitments (toezeggingen),
 * requests (questions, requests, proposals, vote statements, motions), decisions and referrals.
 * Everything else is a statement and yields no event, only the actors it names.
 *
 * The rules follow Dutch council language: a commitment needs a promise verb (`zegt toe`,
 * `komt terug op`, `zal ... informeren`) and an executive subject (wethouder, burgemeester,
 * college, `wij` in a college letter); a motion's instruction to the college, what a third
 * party is expected to do and what someone `laat weten` are not commitments.
 */
export interface StatementScope {
  readonly start: number;
  readonly end: number;
  readonly meetingId: string | null;
  readonly bodyId: string | null;
  readonly bodyKind: string | null;
  /** The date things in this scope were said; loose deadlines resolve against it. */
  readonly date: string | null;
  /** Who is speaking at an offset (minutes); null when nobody is. */
  readonly speakerAt?: (offset: number) => Mention | null;
  /** The actor a `Toezeggingen:` list or record speaks for when an item names nobody. */
  readonly defaultActorId?: string | null;
}

const PROMISE = /\bzeg(?:t|gen|de|den)?\b(?:[^.]{0,80}?)\btoe\b|\btoegezegd\b|\btoezegging\b|\bbelooft\b|\bbeloven\b|\bkom(?:t|en)?\b[^.]{0,140}?\bterug\b|\b(?:zal|zullen|gaat|gaan)\b[^.]{0,160}?\b(?:informeren|terugkoppelen|rapporteren|toesturen|(?:toe)?sturen|zenden|nagaan|uitzoeken|laten weten|voorleggen|agenderen|aanbieden|meenemen|inventariseren|onderzoeken|bekijken|kijken|verstrekken|delen|organiseren|evalueren|monitoren|uitwerken|opnemen|aanpassen|verkennen|ophalen)\b|\b(?:wij|we|ik)\s+(?:informeren|sturen|rapporteren|berichten)\s+(?:u|de raad|uw)\b|\b(?:antwoordt|antwoorden|geeft\s+als\s+antwoord)\b[^.]{0,40}\bdat\b[^.]{0,160}\b(?:stuurt|toestuurt|informeert|aanbiedt|voorlegt|rapporteert)\b|\bneemt\b[^.]{0,60}\bmee\b|\b(?:neem|nemen)\s+(?!u\b|jullie\b)(?:ik|wij|we)\b(?!\s+(?:u|jullie)\b)[^.]{0,60}?\bmee\b|\b(?:neem|nemen)\s+(?:ik|wij|we)\b(?!\s+(?:u|jullie)\b)|\bstreeft\s+ernaar\b|\bstreven\s+(?:wij\s+|we\s+)?ernaar\b|\bprob(?:eer|eert|eren)\b[^.]{0,100}\bte\b|\bu\s+ontvangt\b|\bontvangt\s+u\b|\b(?:antwoordt|antwoordde|deelt\s+(?:mede|mee)|zegt|verklaart)\b,?\s+dat\b(?![^.]{0,200}\b(?:heeft|hebben)\s+(?:mede\s*ge\s*deeld|meegedeeld|laten\s+weten|gezegd)\b)[^.]{0,200}\b(?:zal|zullen)\b/i;
/**
 * An undertaking the promise verbs above do not name, because any verb can carry it: the speaker or
 * the executive as the subject of `zal`/`zullen` (`Ik zal het laten nagaan`, `We zullen Uw wensch
 * doorgeven`, `De voorzitter zal een onderzoek laten instellen`, `zullen burgemeester en wethouders
 * t.z.t. ter kennis van de raad brengen`). Whose it is, is the actor rule's: a council member's own
 * `we zullen` has no executive actor. Words about the speech itself (`Ik zal u eerlijk zeggen`),
 * a negation and `moeten`/`kunnen` are no undertaking.
 */
const SUBJECT_FUTURE = /(?:\b(?:ik|wij|we)\s+(?:zal|zullen)|\b(?:zal|zullen)\s+(?:ik|wij|we)|\b(?:de|het)\s+(?:voorzitter|voorz\.|college|wethouder|burgemeester|portefeuillehouder)\s+(?:\S+\s+){0,6}?(?:zal|zullen)|\b(?:burgemeester\s+en\s+wethouders|b\.\s*(?:en|&)\s*w\.?)\s+(?:zal|zullen)|\b(?:zal|zullen)\s+(?:de|het)\s+(?:voorzitter|college|wethouder|burgemeester)|\b(?:zal|zullen)\s+(?:burgemeester\s+en\s+wethouders|b\.\s*(?:en|&)\s*w\.))\b(?![^.;]{0,60}\b(?:zeggen|opmerken|ontkennen|herhalen|erkennen|toegeven|toelichten|afronden|samenvatten|beginnen|moeten|kunnen|niet|geen|nooit|proberen|trachten)\b)/i;
/**
 * A future act towards the council without a subject: a passive (`Het resultaat daarvan wordt de
 * Raad ter kennis gebracht`, `zullen ... ter inzage worden gelegd`, `Ook daarmee zal contact worden
 * opgenomen`), a document that follows (`RIB hierover volgt in Q4 2021`), what the council will
 * receive (`In de volgende raad kunt U een voorstel verwachten`). The actor is whoever speaks for the
 * executive there: see executiveVoice.
 */
const IMPERSONAL_FUTURE = /\b(?:zal|zullen)\b(?!\s+(?:zij|ze|hij|men)\b)(?![^.;]{0,120}\b(?:moeten|kunnen|niet|geen|aangenomen|verworpen|ingediend|stemming|overschreden|beslist|door\s+(?:de|het|een)\s+(?!voorzitter|college|wethouder|burgemeester)))[^.;]{0,120}?\b(?:worden|gebeuren|volgen)\b|\b(?:wordt|worden)\b(?![^.;]{0,120}\bdoor\s+(?:de|het|een)\s+(?!voorzitter|college|wethouder|burgemeester))[^.;]{0,80}?\b(?:ter\s+(?:kennis|inzage|beschikking|visie)|toegestuurd|toegezonden|verstuurd|aangeboden|voorgelegd|gestuurd|nagezonden|gedeeld\s+met|geïnformeerd|geinformeerd|op\s+de\s+hoogte\s+(?:gebracht|gesteld))\b|^\W*(?:er\s+)?(?:\S+\s+){0,5}?(?:rib|raadsinformatiebrief|brief|memo|notitie|(?:raads)?voorstel|uitnodiging|reactie|antwoord|beantwoording|evaluatie|rapportage|versie|informatie|avond|bijeenkomst)\b[^.;]{0,40}?\bvolg(?:t|en)\b(?!\s+(?:uit|als|de\s+raad))|\bvolg(?:t|en)\s+(?:\S+\s+){0,3}?(?:een|de)\s+(?:\S+\s+){0,2}?(?:rib|raadsinformatiebrief|brief|memo|notitie|(?:raads)?voorstel|uitnodiging|reactie|antwoord|beantwoording|evaluatie|rapportage|versie|informatie|avond|bijeenkomst)\b|\b(?:ontvangt|krijgt)\s+de\s+(?:gemeente)?raad\b|\bde\s+(?:gemeente)?raad\s+(?:\S+\s+){0,4}?(?:ontvangt|krijgt)\b|\b(?:zal|zullen)\s+(?:\S+\s+){0,2}?(?:de\s+)?(?:gemeente)?raad\s+(?:\S+\s+){0,4}?(?:ontvangen|krijgen)\b|\bkunt\s+u\b[^.;]{0,80}\b(?:verwachten|tegemoet\s+zien)\b|\bu\s+(?:krijgt|ontvangt)\b|\b(?:krijgt|ontvangt)\s+u\b/i;
const SOFT = /\bprob(?:eer|eert|eren|eerde|eerden)\b|\bzal\s+bekijken\s+of\b|\b(?:bekijkt|bekijken|bekeken|kijkt|kijken|nagaan|nagegaan)\s+(?:of|naar|wat|hoe|welke?)\b|\bbezi(?:et|en)\b|\b(?:neem|neemt|nemen|nam|namen)\b[^.]{0,60}?\bmee\b|\bmee(?:nemen|genomen)\b|\bstre(?:eft|ven|efde)\b|\bzich\s+inspannen\b|\binspanningsverplichting\b|\bindien\s+mogelijk\b|\bzo\s+mogelijk\b|\bwaar\s+mogelijk\b|\bzo\s+veel\s+mogelijk\b|\bin\s+principe\b|\bwil(?:len|de|den)?\b|\bmogelijk(?:heden)?\s+(?:te\s+)?(?:verkennen|onderzoeken|bekijken)\b|\b(?:in\s+overweging\s+(?:nemen|genomen)|overweeg[t]?|overwegen|overwoog)\b|\bverwacht(?:en)?\s+(?:dat|om|te|in|voor|eind|begin|medio|binnenkort)\b|\b(?:hoopt|hopen|naar\s+verwachting)\b|\bzou(?:den)?\b|\b(?:als|indien)\b[^.]{0,160}\bdan\s+(?:zal|zullen|komt|komen|gaat|gaan|wordt|worden)\b|\bmits\b/i;
const REPORTED = /\bvolgens\s+(?:de|het)\s+(?:wethouder|burgemeester|college)\b|\b(?:heeft|hebben|had|hadden)\b[^.]{0,60}\b(?:toegezegd|beloofd)\b|\beerder\s+toegezegd\b|\beerder\s+gedane\s+toezegging\b|\b(?:is|was|werd|werden|zijn)\s+(?:eerder\s+|toen\s+|al\s+|ook\s+)?(?:toegezegd|beloofd)\b|\bzegden?\b[^.]{0,80}?\btoe\b|\bbeloofden?\b|\b(?:deed|deden|kreeg|kregen|gedane|gegeven)\b[^.]{0,80}\btoezegging\b|\btoezegging\b[^.]{0,40}\b(?:gedaan|gekregen)\b/i;
/** The text itself says the executive undertakes it, now: `zegt toe`, `zeggen ... toe`, `Toegezegd wordt`, a `Toezegging(en) [van] <actor>:` label. */
const EXPLICIT = /\bzeg(?:t|gen)\b[^.]{0,80}?\btoe\b|^\W*toegezegd\s+wordt\b|^\W*toezegging(?:en)?\b[^:.]{0,40}:/i;
const MOTION_INSTRUCTION = /\bverzoek(?:t|en)\b[^.]{0,60}\b(?:het\s+)?college\b|\bdraag(?:t|en)\b[^.]{0,60}\bcollege\b[^.]{0,20}\bop\b|\broep(?:t|en)\b[^.]{0,60}\bcollege\b[^.]{0,60}\bop\b/i;
const EXPECTATION = /\b(?:verwacht(?:en)?|gaat\s+ervan\s+uit|gaan\s+ervan\s+uit|rekent\s+erop|hoopt|hopen|heeft\s+begrepen)\s+dat\b/i;
const EXEC_WORD = /\b(?:de|het)\s+(wethouder|burgemeester|portefeuillehouder|college|voorzitter(?!\s+van\b)|voorz(?=\.))\b|\bbe\s+(voorzitter)\b|\b(burgemeester\s+en\s+wethouders|b\.\s*(?:en|&)\s*w\.)|^(?:wethouder|burgemeester|college)\b|^\s*toezegging(?:en)?\s+(?:van\s+)?(?:de\s+|het\s+)?(wethouder|burgemeester|college|portefeuillehouder)\b/i;
const WE = /\b(?:wij|we|ik|Wij|We|Ik)\b/;
/**
 * `wij`/`we` as the subject of a verb in the present (`We werken de opdracht uit en bezien op korte
 * termijn ...`, `Wijzigingen verwerken we in het tweede kwartaal`): with a time ahead in the unit and
 * the college speaking, that is what it will do. Verbs of being, having, modality, thinking and
 * perceiving state no act.
 */
const WE_PRESENT = /\b(?:wij|we)\s+(\p{L}{3,}en)\b|\b(\p{L}{3,}en)\s+(?:wij|we)\b/iu;
const NO_ACT = new Set(['hebben', 'zijn', 'waren', 'hadden', 'kunnen', 'konden', 'moeten', 'moesten', 'mogen', 'willen', 'wilden', 'zullen', 'zouden', 'vinden', 'vonden', 'denken', 'dachten', 'weten', 'hopen', 'verwachten', 'vragen', 'vroegen', 'stellen', 'constateren', 'zien', 'merken', 'lezen', 'horen', 'begrijpen', 'delen', 'betreuren', 'waarderen', 'erkennen', 'achten', 'menen', 'blijven', 'staan', 'liggen', 'worden', 'werden', 'noemen', 'kennen', 'missen', 'steunen', 'ontvangen', 'krijgen', 'hebben', 'maken', 'spreken', 'praten', 'wonen', 'leven', 'geven', 'houden', 'tegen', 'boven', 'binnen', 'buiten', 'open', 'even', 'voren', 'eten', 'heden', 'verleden', 'verzoeken', 'ontvingen', 'kregen', 'zagen', 'lazen', 'gingen', 'kwamen', 'namen', 'gaven', 'spraken', 'vonden', 'wezen', 'schreven', 'bleven', 'lieten', 'hielden', 'besloten', 'begonnen', 'kozen', 'vroegen']);
/**
 * The executive named as the subject of a report of what it will do (`De wethouder liet weten dat de
 * indicatoren na de zomer zullen komen`, `het college ... heeft bericht dat zij verwachten medio januari
 * met hun reactie te zullen komen`, `Wethouder X kondigde aan dat er in april een collegevoorstel komt`):
 * a second-hand undertaking, soft by the guidelines. The reporting verb must follow the executive
 * within a few words, and the `dat` clause must hold a future or a time ahead.
 */
const EXECUTIVE_REPORTS = /\b(?:de\s+|het\s+)?(?:wethouder|burgemeester|college|portefeuillehouder)\b(?:\s+\S+){0,8}?\s+(?:liet|laat|lieten|laten)\s+weten|\b(?:de\s+|het\s+)?(?:wethouder|burgemeester|college|portefeuillehouder)\b(?:\s+\S+){0,8}?\s+(?:kondigde|kondigt|kondigden)\s+(?:\S+\s+){0,2}?aan|\b(?:het\s+)?college\b(?:\s+\S+){0,6}?\s+heeft\s+(?:\S+\s+){0,2}?bericht/i;
const REPORTED_FUTURE = /\bdat\b[^.;]{0,160}?\b(?:zal|zullen|te\s+zullen|komt|komen|volgt|volgen|gaat|gaan)\b/i;
function executiveReportsFuture(s: string): RegExpExecArray | null {
  const m = EXECUTIVE_REPORTS.exec(s);
  if (m === null) return null;
  const rest = s.slice(m.index + m[0].length);
  if (!/^\s*,?\s*dat\b/i.test(rest) && !/^[^.;]{0,80}\bdat\b/i.test(rest)) return null;
  if (/\b(?:niet|geen|nooit)\b/i.test(rest.slice(0, 120))) return null;
  return REPORTED_FUTURE.test(rest) ? m : null;
}

/** `wij als college` with a modal of intent (`willen wij als college eerst aan de gemeenteraad vragen ...`): the college says what it will do. */
const COLLEGE_INTENDS = /\b(?:willen|gaan|zullen)\s+(?:wij|we)\s+als\s+college\b|\b(?:wij|we)\s+als\s+college\s+(?:willen|gaan|zullen)\b/i;

/**
 * The executive as the subject of an act in the present, at the head of the unit or right after a
 * fronted time or place (`Het college gaat nu nader onderzoek doen naar ...`, `Na de zomervakantie komt
 * de wethouder met een memo`, `De burgemeester bezoekt de Bronsteevijver op 21 juni`): what it will do.
 * `gaat` needs an infinitive, `komt` needs `met` (with a memo, a proposal), any other act a time ahead.
 */
const EXEC_SUBJECT = String.raw`(?:[Dd]e|[Hh]et)\s+(?:[Ww]ethouder|[Cc]ollege|[Bb]urgemeester|[Pp]ortefeuillehouder)\b`;
const ACT_VERB = String.raw`(?:hoopt|gaat|komt|stuurt|zendt|neemt|bezoekt|start|organiseert|onderzoekt|informeert|legt|biedt|werkt|brengt|zoekt|treedt|voert|past|maakt|houdt)`;
// `De`/`Het` capitalised inside a unit opens a sentence of its own (a register row: `1405 2-11-2017 Diverse fracties 1405 Ridderkerkpas Het college hoopt ...`).
const EXEC_ACTS = new RegExp(String.raw`^\W*${EXEC_SUBJECT}(?:\s+[\p{L}-]+){0,3}?\s+(${ACT_VERB})\b|^\W*(?:[\p{L}\d-]+\s+){1,6}?(${ACT_VERB})\s+${EXEC_SUBJECT}|\s(?=[DH])(?:De|Het)\s+(?:wethouder|college|burgemeester|portefeuillehouder)\s+(hoopt|streeft|wil)\b`, 'u');
/** A year named as when (`begin 2018`, `in 2025`, `voor eind 2019`). */
const YEAR_AHEAD = /\b(?:begin|eind|medio|in|voor|na|vanaf|uiterlijk)\s+(?:\p{L}+\s+)?(?:19|20)\d\d\b/iu;
function executiveActs(s: string): RegExpExecArray | null {
  const m = EXEC_ACTS.exec(s);
  if (m === null) return null;
  const verb = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  const rest = s.slice(m.index + m[0].length);
  // `Wanneer komt het college met ...`: a question, whatever its punctuation.
  if (/\b(?:niet|geen|nooit)\b/i.test(rest.slice(0, 60)) || /\?\s*$/.test(s) || /^\W*(?:wanneer|waarom|hoe|wat|welke|wie|waar|of)\b/i.test(s)) return null;
  if (verb === 'gaat') return /^[^.;]{0,100}?\b\p{L}{3,}en\b/iu.test(rest) && !/^\s*(?:over|om|het|er)\b/i.test(rest) ? m : null;
  // A hope or intent with `te` and an act, and a time ahead: `Het college hoopt begin 2018 met een nieuw voorstel te komen`.
  if (verb === 'hoopt' || verb === 'streeft' || verb === 'wil') return /\bte\s+\p{L}{3,}en\b/iu.test(rest) && (cuesIn('time', foldWords(rest)).length > 0 || YEAR_AHEAD.test(rest)) ? m : null;
  if (verb === 'komt') return /^[^.;]{0,60}?\bmet\s+(?:een|het|de|nieuwe|zijn|haar)\b/i.test(rest) ? m : null;
  return cuesIn('time', foldWords(rest)).length > 0 ? m : null;
}

function wePresentAct(s: string): RegExpExecArray | null {
  const m = WE_PRESENT.exec(s);
  if (m === null) return null;
  const verb = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  if (NO_ACT.has(verb) || /(?:ten|den)$/.test(verb) && !/(?:zetten|zenden|melden|vinden|bieden|bieden|leiden|wenden|houden|melden|verbinden|hebben)$/.test(verb)) return null;
  if (/\b(?:niet|geen|nooit)\b/i.test(s.slice(m.index, m.index + m[0].length + 30))) return null;
  return cuesIn('time', foldWords(s)).length > 0 ? m : null;
}

/**
 * What looks like a promise and is none, whatever the scorer says: a question put to the executive
 * (`Kan de wethouder toezeggen dat ...`), a reference inside the document (`Verderop in dit voorstel
 * komen we hierop terug`), a promise stated as already kept (`zien wij deze toezegging als afgedaan`),
 * an earlier promise referred to (`met inachtneming van de toezegging van wethouder X`), a unit that is
 * one question (`Is de wethouder bereid ... toe te zeggen?`).
 */
const NOT_AN_UNDERTAKING = /^\s*(?:kan|kunt|wil|wilt|zal|zult|gaat)\s+(?:de|het|u)\s*(?:wethouder|college|burgemeester|portefeuillehouder)?\b[^.?]{0,160}\btoe(?:zeggen|te\s+zeggen)\b|\b(?:verderop|hieronder|hierna)\b[^.]{0,60}\b(?:komen|komt|kom|gaan|gaat)\b[^.]{0,40}\b(?:terug|in)\b|\btoezegging\b[^.]{0,40}\bals\s+(?:afgedaan|afgehandeld|uitgevoerd)\b|(?<!^\W*)\b(?:de|deze|die|zijn|haar)\s+toezegging\s+(?:van|door)\b|^[^.!]{0,300}\p{L}{2}\s*\?\s*["'”’)]*\s*$/iu;
const VOTE_STATEMENT = /\bstemverklaring\b/i;
const QUESTION = /\bvroeg(?:en)?\b[^.]{0,80}\b(?:of|hoe|wat|wanneer|waarom|welke|wie|waar|hoeveel)\b|\bstelden?\b[^.]{0,40}\bvragen\b|\bwilden?\s+(?:\w+\s+){0,4}weten\b|\bwillen\s+(?:\w+\s+){0,4}weten\b|\bopheldering\b|\bvraagt?\s+zich\s+af\b|\bvragen\s+zich\s+af\b|\bvra(?:a)?g(?:t|en)?\s+(?:de\s+\w+\s+|het\s+college\s+)?(?:of|hoe|wat|wanneer|waarom|welke|wie|waar|hoeveel)\b|\bpolitieke\s+vraag\b|\bstel(?:t|len)\b[^.]{0,40}\bvra(?:a)?g(?:en)?\b|\bwil(?:len)?\s+weten\b|\binformeert\s+naar\b|\bgevraagd\s+naar\b|\bgevraagd\s+(?:of|hoe|wat|wanneer|waarom|welke|wie|waar|hoeveel)\b|\bvroeg\s+naar\b|\?\s*$/i;
const REQUEST = /\bvroeg(?:en)?\b|\bverzocht(?:en)?\b|\bpleitte(?:n)?\b|\bdrong(?:en)?\b[^.]{0,30}\baan\b|\briep(?:en)?\b[^.]{0,60}\bop\b|\bgraag\s+(?:een\s+)?toezegging\b|\bwil(?:len)?\s+graag\b|\bgevraagd\s+om\b|\bvra(?:a)?g(?:t|en)\b|\bverzoek(?:t|en)\b|\bdoe(?:t|n)\b[^.]{0,20}\b(?:verzoek|oproep)\b|\bpleit(?:en)?\s+voor\b|\bdring(?:t|en)\b[^.]{0,30}\baan\b|\broep(?:t|en)\b[^.]{0,60}\bop\b/i;
/** A request whose asker is a pronoun (`Hij vraagt om ...`, `Zij stelde voor ...`) or left out (`Verzocht wordt ...`, `Het college wordt verzocht ...`). */
const ASK_VERB = String.raw`(?:vraagt|vroeg|vroegen|vragen|verzoekt|verzocht|verzochten|verzoek|pleit|pleiten|pleitte|dringt|drong|roept|riep|stel(?:t|de|den|len)\b[^.]{0,80}\bvoor)\b`;
const PRONOUN_ASKS = new RegExp(String.raw`^\W*(?:hij|zij|ze|spreker|wij|we|ik)\b[^.]{0,30}?\b${ASK_VERB}`, 'i');
const PRONOUN_ASKS_NOT_WE = new RegExp(String.raw`^\W*(?:hij|zij|ze|spreker)\b[^.]{0,30}?\b${ASK_VERB}`, 'i');
const PASSIVE_ASKS = /^\W*(?:verzocht|gevraagd)\s+wordt\b|\bwordt\s+(?:\w+\s+){0,3}(?:verzocht|gevraagd)\b/i;
const PROPOSAL = /\bordevoorstel\b|\bstelden?\b[^.]{0,120}?\bvoor\b|\bstel(?:t|len)\b[^.]{0,120}?\bvoor\b|\bvoorgesteld\b|\bdoe(?:t|n)\b[^.]{0,20}\bvoorstel\b|\bsuggereert\b|\bsuggestie\b/i;
const MOTION = /\b(?:dien|dient|dienen|diende|dienden)\b[^.]{0,60}\b(motie|amendement)\b[^.]{0,10}\bin\b|\b(motie|amendement)\b[^.]{0,60}\b(?:ingediend|aangenomen|verworpen|aangehouden|ingetrokken)\b|\b(motie|amendement)\s+(?:van|namens)\b/i;

const DECISION_SUBJECT = /^(?:de\s+|het\s+)?(?:(?:gemeente)?raad|commissie|college|vergadering|motie|amendement|(?:raads)?voorstel)\b|^(?:besluit|advies|conclusie|afspraak)\s*:/i;
const DECISION_VERB = /\bbesluit\b|\bbesluiten\b|\bstem(?:t|men)\s+in\b|\bstemt\b[^.]{0,30}\bvoor\b|\bneemt\b[^.]{0,80}\baan\b|\baangenomen\b|\bverworpen\b|\bstelt\b[^.]{0,80}\bvast\b|\bvastgesteld\b|\bgaat\s+akkoord\b|\bhamerstuk\b|\bter\s+kennisname\b|\bvoor\s+kennisgeving\b|\bop\s+de\s+agenda\b|\bwijst\b[^.]{0,60}\baf\b|\bconform\b|\bingetrokken\b|\baangehouden\b|\bagendeert\b|\bte\s+agenderen\b|\bneemt\s+kennis\b|\bkennis\s+te\s+nemen\b|\bvast\s+te\s+stellen\b|\bin\s+te\s+stemmen\b/i;

function outcomeOf(s: string): string {
  if (/hamerstuk/i.test(s)) return 'hamerstuk';
  if (/ter\s+kennisname|voor\s+kennisgeving|kennis\s+genomen|neemt\s+kennis|kennis\s+te\s+nemen/i.test(s)) return 'for-information';
  if (/op\s+de\s+agenda|agendeert|te\s+agenderen/i.test(s)) return 'on-agenda';
  if (/verworpen|ver\s+worpen|afgekeurd|afgewezen|wijst\b[^.]{0,60}\baf|niet\s+in\s*(?:te\s+)?stemmen|stemt\s+niet\s+in|niet\b[^.]{0,40}\bgesteund/i.test(s)) return 'rejected';
  if (/ingetrokken|teruggetrokken|teruggenomen|\btrok(?:ken)?\b[^.]{0,80}\b(?:in|terug)\b/i.test(s)) return 'withdrawn';
  if (/aangehouden|uitgesteld|aanhouden/i.test(s)) return 'postponed';
  if (/stem(?:t|men)\s+in|aangenomen|aanvaard|goedgekeurd|besloten|besloot|\bnam\b[^.]{0,80}\baan\b|neemt\b[^.]{0,80}\baan|vastgesteld|stelt\b[^.]{0,80}\bvast|akkoord|conform|besluit\s+(?:om\s+)?(?:in\s+te\s+stemmen|vast\s+te\s+stellen|te\s+verlenen|te\s+verstrekken)|verleent|besluit\s+(?:tot|om)|\bbesluit\b[^.]{0,160}\bte\s+\w+en\b/i.test(s)) return 'adopted';
  return 'other';
}

/** A key for an event that stays the same when the document is read again. */
function eventKey(ctx: DocContext, scope: StatementScope, s: string): string {
  const words = slug(s).split('-').slice(0, 8).join('-');
  return `${ctx.docKey}-${scope.date ?? 'undated'}-${words}`;
}

interface State {
  /** The last wethouder/burgemeester who acted as a subject: whom `de wethouder` means. */
  lastExecutive: string | null;
  /** Every executive that acted as subject or speaker, in order. */
  executives: string[];
  /** The executive last named anywhere (`zegt wethouder Stoop`), by role and of any role: whom `de wethouder` and `hij` mean in the sentences after. */
  named: Map<string, string>;
  lastNamed: string | null;
  listMode: boolean;
  /**
   * Where a `Toezegging` label line ended (a register page: the label on a line of its own, the
   * commitment's text in the paragraph under it); null once that paragraph has ended.
   */
  labelEnd: number | null;
  previousText: string;
  /** For documents without meetings: commitments already seen, by actor + due + verb. */
  seen: Map<string, string>;
  /** Under `Het college besluit:` / `Beslispunten` / `Besluit:`: numbered or bulleted items are decisions of that body. */
  decisionList: string | null;
  previousSpan: Span | null;
  /**
   * The portfolio holder `de wethouder` was read as in the current sentence, and where: the role
   * is stated only once the sentence's fact (a commitment, a referral) is accepted.
   */
  impliedRole: { readonly id: string; readonly start: number; readonly end: number } | null;
  /**
   * Who the last sentence that opened with someone was about (`De voorzitter antwoordt ...`, `De heer
   * Munters antwoordt ...`): whom `Hij zegt toe ...` and `Spreker zal ...` mean a few sentences on.
   */
  lastSubject: { readonly chair: true } | { readonly chair: false; readonly mention: Mention } | null;
  /** Units read since lastSubject was set: an answer goes on for a few sentences, not for the rest of a report. */
  subjectAge: number;
}

/** A label that heads a list of decisions: `Het college besluit:`, `De raad besluit:`, `Besluit:`, `Beslispunten`, `Voorgesteld besluit`. */
const DECISION_LIST_HEAD = /^\s*(?:(?:(?:het|de)\s+)?(?:college|(?:gemeente)?raad|commissie)\s+besluit|besluit(?:en)?|beslispunten|voorgesteld\s+besluit|ontwerpbesluit)\s*:?\s*$/i;
/** `Dat zeg ik u toe.`, `Dat zeggen wij toe.`, `Dat beloof ik.`: the promise is the sentence before. */
const CONFIRMATION = /^\s*(?:dat|dit|die|dat\s+laatste)\s+(?:zeg|zeggen)\s+(?:ik|wij|we)\s+(?:u\s+|jullie\s+|de\s+\w+\s+)?(?:graag\s+|bij\s+deze\s+)?toe\s*[.!]?\s*$|^\s*(?:dat|dit)\s+beloof\s+ik(?:\s+u)?\s*[.!]?\s*$/i;
/** `Portefeuillehouder: wethouder X` or `Wethouder: X` fields name who `de wethouder` means from here on. */
const HOLDER_FIELD = /^\s*(?:portefeuillehouder|verantwoordelijk\s+wethouder)\s*:/i;

function startsListItem(sh: string, start: number): boolean {
  const lineStart = sh.lastIndexOf('\n', start - 1) + 1;
  const before = sh.slice(lineStart, start);
  return /^\s*(?:•|-|\*|\d{1,2}[.)]|[a-z][.)])?\s*$/.test(before) && /^\s*(?:•|-|\*|\d{1,2}[.)]|[a-z][.)])/.test(sh.slice(lineStart, start + 1) + ' ');
}

export function extractStatements(ctx: DocContext, scope: StatementScope, flat: string): void {
  const state: State = { lastExecutive: null, executives: [], named: new Map(), lastNamed: null, listMode: false, labelEnd: null, previousText: '', seen: new Map(), decisionList: null, previousSpan: null, impliedRole: null, lastSubject: null, subjectAge: 0 };
  for (const raw of sentences(ctx.shLines, scope.start, scope.end)) {
    const whole = flat.slice(raw.start, raw.end);
    if (DECISION_LIST_HEAD.test(whole) || /^\s*(?:(?:(?:het|de)\s+)?(?:college|(?:gemeente)?raad|commissie)\s+besluit)\s*:\s*$/i.test(whole)) {
      const body = /college|raad|commissie/i.exec(whole)?.[0] ?? '';
      state.decisionList = `${body === '' ? '' : `De ${body.toLowerCase()} `}besluit`;
      state.listMode = false;
      continue;
    }
    if (state.decisionList !== null) {
      if (startsListItem(ctx.shLines, raw.start) || /^[ \t]*(?:•|-|\*|\d{1,2}[.)]|[a-z][.)])\s/.test(ctx.shLines.slice(raw.start, raw.end))) {
        const item = ctx.text.slice(raw.start, raw.end).replace(/^\s*(?:•|-|\*|\d{1,2}[.)]|[a-z][.)])\s*/, '');
        const offset = raw.end - raw.start - item.length;
        const sp = { start: raw.start + offset, end: raw.end };
        const itemText = flat.slice(sp.start, sp.end);
        // Items either state their own subject (`De commissie adviseert ...`) or continue the head (`1. ... vast te stellen`).
        const own = DECISION_SUBJECT.test(itemText) && DECISION_VERB.test(itemText);
        emitDecision(ctx, scope, sp, own ? itemText : `${state.decisionList} ${itemText}`);
        state.previousText = ctx.text.slice(sp.start, sp.end);
        continue;
      }
      state.decisionList = null;
    }
    if (HOLDER_FIELD.test(whole)) {
      const p = actorMentions(ctx, raw.start, raw.end, null).find((m) => m.kind === 'person' && m.role !== null && EXECUTIVE_ROLES.test(m.role));
      if (p !== undefined) {
        state.lastExecutive = p.id;
        if (state.executives[state.executives.length - 1] !== p.id) state.executives.push(p.id);
      }
      continue;
    }
    if (CONFIRMATION.test(whole) && state.previousSpan !== null) {
      // The promise is what was said just before: read both as one.
      const joined = { start: state.previousSpan.start, end: raw.end };
      handleSentence(ctx, scope, state, joined, flat.slice(joined.start, joined.end));
      state.previousSpan = raw;
      continue;
    }
    const label = /^(?:Besluit|Advies|Besluit\s+en\s+advies)\s*:?\s+(?=[A-Z])/.exec(flat.slice(raw.start, raw.end));
    const sp = label ? { start: raw.start + label[0].length, end: raw.end } : raw;
    const s = flat.slice(sp.start, sp.end);
    if (/^\s*toezegging(?:en)?\s*:?\s*$/i.test(s) || /^\s*toezegging(?:en)?\s*:\s*$/i.test(s)) {
      state.listMode = true;
      state.labelEnd = sp.end;
      continue;
    }
    // The paragraph under the label is the commitment's text, sentence by sentence: it ends at a
    // blank line after its first sentence.
    const sinceLabel = state.labelEnd === null ? null : ctx.text.slice(Math.max(state.labelEnd, state.previousSpan?.end ?? 0), sp.start);
    const underLabel = sinceLabel !== null && (state.previousSpan === null || state.previousSpan.end <= (state.labelEnd ?? 0) || !/\n[ \t]*\n/.test(sinceLabel));
    if (!underLabel) state.labelEnd = null;
    const isItem = startsListItem(ctx.shLines, sp.start);
    if (state.listMode && !underLabel && !isItem && !/^\s*(?:wethouder|burgemeester|de wethouder|het college)/i.test(s)) state.listMode = false;
    if (/^\s*(?:besluit|besluiten|vragen|afspraken|moties|agendapunt|\d+\.\s+[A-Z])\b.{0,40}:?\s*$/i.test(s)) state.listMode = false;
    handleSentence(ctx, scope, state, sp, s);
    state.previousText = ctx.text.slice(sp.start, sp.end);
    state.previousSpan = sp;
  }
}

/** A unit that opens with a member, the council or a committee as its subject: `Het lid Bogers vraagt`, `De commissie vindt`. */
const OTHER_OPENS = /^\W*(?:(?:het|de)\s+(?:raads)?lid|de\s+leden|de\s+heer|mevrouw|mevr\.|dhr\.|mw\.|mej\.|(?:de|het)\s+(?:commissie|raad|gemeenteraad|fractie|provincie|rijk))\b/i;
/** The council opening a passive or what it will receive (`De raad zal schriftelijk geïnformeerd worden`): the council is whom the act is for, not who acts. */
const COUNCIL_RECEIVES = /^\W*de\s+(?:gemeente)?raad\s+(?:zal|wordt|ontvangt|krijgt)\b(?![^.;]{0,80}\b(?:besluiten|beslissen|stemmen|vaststellen|kiezen|vergaderen|bespreken|debatteren)\b)/i;

/** A register's label before the promise itself: `Toezeggingen wethouder Grummel: 1. De ... informatie wordt ... met de raad gedeeld`. */
const REGISTER_LABEL = /^\W*(?:raads)?toezegging(?:en)?\b[^:.]{0,60}:/i;

/** An act that may or must happen (`kan de reactie verzonden worden, tenzij ...`): no undertaking where nobody speaks. */
const NOT_UNSPOKEN = /\b(?:kan|kunnen|moet|moeten|mag|mogen|tenzij)\b/i;
/** A plan quoted from another document (`in de programmarekening 2020 ... staat: ‘In 2021 wordt ... voorgelegd’`): no undertaking of the text. */
const CITES_PLAN = /\bstaat\s*:/i;

/** The council or what it receives: whom an impersonal act is for. */
const TO_COUNCIL = /\b(?:gemeente)?raad\b|\b(?:uw\s+|de\s+)commissie\b|\braadsleden\b|\brib\b|\braadsinformatiebrief\b|\braadsvoorstel\b/i;

/** Whose an act towards the council is where nobody has the floor: the executive the text named last, its portfolio holder, or the college in its own text. */
function impersonalExecutive(ctx: DocContext, state: State): string | null {
  return state.lastExecutive ?? state.lastNamed ?? ctx.portfolioHolderId ?? (ctx.weIsCollege ? bodyNode(ctx, COLLEGE) : null);
}

/** A passive with someone else as its agent: `er wordt door de Koninklijke Luchtmacht een concert aangeboden`. */
const OTHER_AGENT = /\bdoor\s+(?:(?:de|het|een)\s+(?!voorzitter|voorz\.|college|wethouder|burgemeester|gemeente|portefeuillehouder)|(?:u|jullie|hen)\b)/i;
/** What someone thinks or would like (`Zij denkt dat ...`, `haar fraktie zou graag willen vernemen ...`): no act of the executive. */
const OPINION = /\b(?:denkt|denken|vindt|vinden|meent|menen|acht|achten)\b[^.;]{0,30}\bdat\b|\bzou(?:den)?\b/i;

/** A unit that opens with `hij`, `zij` or `spreker` as its subject. */
const PRONOUN_SUBJECT = /^\W*(?:hij|zij|ze|spreker|sprsker)\b/i;
/** A unit that opens with the chair as its subject (`De Voorzitter antwoordt`, OCR'd `He Voorzitter`, `VOORZ.`). */
const CHAIR_OPENS = /^\W*(?:(?:de|he|be)\s+)?voorz(?:itter\b|\.)/i;

const ANSWERS = /\b(?:antwoordt|antwoordde|beantwoordt|deelt\b[^.]{0,40}\bmede|deelt\b[^.]{0,40}\bmee|licht\b[^.]{0,40}\btoe|zegt\b[^.]{0,60}\btoe)\b/i;

/** Records who the unit opens with, for a `hij` or `spreker` later on. */
function noteSubject(state: State, s: string, sp: Span, mentions: readonly Mention[]): void {
  if (CHAIR_OPENS.test(s)) {
    state.lastSubject = { chair: true };
    state.subjectAge = 0;
    return;
  }
  state.subjectAge++;
  const opening = mentions.find((m) => m.kind === 'person' && m.start - sp.start <= 30 && /^\W*(?:(?:de|het)\s+)?(?:heer|mevrouw|mevr\.|mw\.|dhr\.|wethouder|burgemeester|raadslid|\p{Lu})/iu.test(s));
  if (opening === undefined || /[.;:]/.test(s.slice(0, opening.start - sp.start))) {
    // A member who takes the floor unnamed by the gazetteer (`Het lid Bogers vraagt ...`) ends the chair's answer.
    if (OTHER_OPENS.test(s) && !ANSWERS.test(s)) state.lastSubject = null;
    return;
  }
  state.subjectAge = 0;
  // A person named without an executive title is the one `hij` means only where he answers (a member asks; the executive answers).
  const executive = opening.role !== null && EXECUTIVE_ROLES.test(opening.role);
  if (executive || (opening.role === null && ANSWERS.test(s))) state.lastSubject = { chair: false, mention: opening };
  else state.lastSubject = null;
}

function resolveExecutive(ctx: DocContext, scope: StatementScope, state: State, zone: string, zoneStart: number, mentions: readonly Mention[]): string | null {
  const named = mentions.find((m) => m.kind === 'person' && m.start < zoneStart + zone.length && m.role !== null && EXECUTIVE_ROLES.test(m.role));
  if (named) return named.id;
  const word = EXEC_WORD.exec(zone);
  if (word) {
    const w = (word[1] ?? word[2] ?? word[3] ?? word[4] ?? word[0]).toLowerCase();
    if (w.includes('college') || /wethouders$|w\.$/.test(w)) return bodyNode(ctx, COLLEGE);
    if (w === 'voorzitter' || w === 'voorz') return chairActor(ctx, scope.bodyKind);
    // There is one burgemeester: the one named before, else the body of that name.
    if (w === 'burgemeester') return state.named.get('burgemeester') ?? bodyNode(ctx, MAYOR);
    const speaker = scope.speakerAt?.(zoneStart) ?? null;
    if (speaker && isExecutive(speaker)) {
      // A wethouder speaking of `de wethouder` means another one: the last other executive named.
      const other = [...state.executives].reverse().find((e) => e !== speaker.id);
      return other ?? speaker.id;
    }
    if (state.lastExecutive !== null) return state.lastExecutive;
    const named = state.named.get('wethouder');
    if (named !== undefined && ctx.portfolioHolderId === null) return named;
    if (ctx.portfolioHolderId !== null && w === 'wethouder') {
      state.impliedRole = { id: ctx.portfolioHolderId, start: zoneStart, end: zoneStart + zone.length };
    }
    return ctx.portfolioHolderId ?? scope.defaultActorId ?? (w === 'wethouder' || w === 'portefeuillehouder' ? bodyNode(ctx, UNNAMED_WETHOUDER) : bodyNode(ctx, COLLEGE));
  }
  if (PRONOUN_SUBJECT.test(zone) && state.lastSubject !== null && !/,\s*(?:vertelde|zei|zegt|aldus|meldde|liet)\b/i.test(zone)) {
    if (state.lastSubject.chair) return chairActor(ctx, scope.bodyKind);
    const m = state.lastSubject.mention;
    if (m.role === null || EXECUTIVE_ROLES.test(m.role)) return m.id;
  }
  if (WE.test(zone)) {
    const speaker = scope.speakerAt?.(zoneStart) ?? null;
    if (speaker !== null) return isExecutive(speaker) ? speaker.id : null;
    if (ctx.weIsCollege) return bodyNode(ctx, COLLEGE);
  }
  return null;
}

/** The mention is of a wethouder, burgemeester or another executive role. */
function isExecutive(m: Mention | null | undefined): boolean {
  return m !== null && m !== undefined && m.role !== null && EXECUTIVE_ROLES.test(m.role);
}

/**
 * Who has the floor for the executive: the executive whose turn it is in minutes, else the chair or
 * executive who answered just before (`De voorzitter antwoordt ... Het resultaat daarvan wordt de
 * Raad ter kennis gebracht`). Null in a member's turn and in a text with no one answering (a news
 * report, a party's page: whose `we` that is, is not read here).
 */
function executiveVoice(ctx: DocContext, scope: StatementScope, state: State, at: number): string | null {
  const speaker = scope.speakerAt?.(at) ?? null;
  if (speaker !== null) return isExecutive(speaker) ? speaker.id : null;
  const last = state.lastSubject;
  if (last === null || state.subjectAge > 2) return null;
  return last.chair ? chairActor(ctx, scope.bodyKind) : last.mention.role !== null && EXECUTIVE_ROLES.test(last.mention.role) ? last.mention.id : null;
}

/** A first person that is the executive in so many words: `wij als college`, `het college en ik`, `mij en het college`, `namens het college`, `ik, de burgemeester`. */
const SELF_AS_EXECUTIVE = /\b(?:wij|we|ik)\s*,?\s*(?:als|namens)\s+(?:het\s+|de\s+)?(?:college|wethouder|burgemeester|portefeuillehouder)\b|\b(?:het\s+college|de\s+burgemeester|de\s+wethouder|b\s*(?:&|en)\s*w)\s+(?:en|met)\s+(?:ik|wij|mij|ons)\b|\b(?:ik|wij)\s*,\s*(?:het\s+college|de\s+wethouder|de\s+burgemeester)\b|\b(?:ik|mij|wij|ons)\s+en\s+(?:het\s+college|de\s+wethouder|de\s+burgemeester|b\s*(?:&|en)\s*w)\b|\bnamens\s+(?:het\s+)?college\b|\b(?:ik|wij|we)\s+(?:ben|zijn)\s+(?:het\s+college|wethouder|burgemeester)\b/i;

/** A question put in the unit before its promise verb: `vraagt (zich af) of`, `vroeg wanneer`, `gevraagd hoe`, `willen weten of`. */
const ASKED = /\b(?:vraagt|vragen|vroeg|vroegen|gevraagd)\b(?:\s+zich\s+af)?[^.?;:]{0,80}?\b(?:of|hoe|wanneer|wat|waarom|welke)\b|\bwil(?:len|de|den|t)?\s+(?:\S+\s+){0,3}?weten\s+(?:of|hoe|wanneer|wat|waarom|welke)\b/i;
/** The executive is the one who asks (`De voorzitter vraagt of de heer X akkoord kan gaan, dat dit wordt bekeken`): its own proposal may follow. */
const EXECUTIVE_ASKS = /^\W*(?:de\s+|het\s+)?(?:voorzitter|wethouder|burgemeester|college|portefeuillehouder)\b/i;

/** A first person who heard, read or expects that someone else will act: `we hebben vernomen dat zij`, `verwachten wij dat de ...` (not `dat het college`: the executive's own words, reported). */
const HEARD_OF_OTHERS = /\b(?:wij|we|ik)\b[^.;:]{0,80}?\b(?:vernomen|vernamen|gehoord|hoorden|gelezen|lazen|vernemen|verwacht(?:en)?|verwachtten)\b[^.;:]{0,40}?\bdat\s+(?:zij|ze|hij|het|de|deze|die|dit|er)\b(?!\s+(?:college|wethouder|burgemeester|portefeuillehouder|gemeente)\b)|\b(?:verwacht(?:en)?|vernemen|hoorden|vernamen)\s+(?:wij|we|ik)\b[^.;:]{0,40}?\bdat\s+(?:zij|ze|hij|het|de|deze|die|dit|er)\b(?!\s+(?:college|wethouder|burgemeester|portefeuillehouder|gemeente)\b)/i;

function executiveSpeaker(scope: StatementScope, at: number): boolean {
  const speaker = scope.speakerAt?.(at) ?? null;
  return isExecutive(speaker);
}

interface Voice {
  /** Inside a quotation of someone who is not the college (a council member, a party, a resident): their words, no commitment of the executive. */
  readonly otherSpeaks: boolean;
  /** The writer's own `we`/`ik` outside any quotation, in a text that quotes others (a paper, a party): not the college. */
  readonly writer: boolean;
  /** The quoted executive whose `we`/`ik` the unit holds, when the reporting clause names one. */
  readonly executive: string | null;
}

/**
 * Whose words the unit's promise is, by quoted speech: the speaker of the quotation that holds the
 * promise verb (or the first `we`/`ik` where there is no verb), or the writer of a text that reports
 * others. Only a first-person subject is re-read this way: `de wethouder zal ...` keeps its actor
 * wherever it stands. Minutes' speaker turns are read by `ownWords`, not here.
 */
function voiceOf(ctx: DocContext, scope: StatementScope, state: State, s: string, at: number, zone: string, markerAt: number, hasMarker: boolean, mentions: readonly Mention[]): Voice {
  const none: Voice = { otherSpeaks: false, writer: false, executive: null };
  const speech = QuotedSpeech.of(ctx);
  const firstAt = WE.exec(s)?.index ?? -1;
  const voice = speech.voiceAt(at + (hasMarker ? markerAt : Math.max(firstAt, 0)));
  if (voice !== null && voice.kind === 'other') return { ...none, otherSpeaks: true };
  // `De VVD vraagt zich af of de wethouder ... komt`, `We willen weten ... wat hij eraan gaat doen`: the future is in someone's question, not in an answer.
  const asked = ASKED.exec(zone);
  if (asked !== null && !EXECUTIVE_ASKS.test(s) && !SELF_AS_EXECUTIVE.test(zone) && !(executiveSpeaker(scope, at)) && !/\b(?:antwoord(?:t|de|den)?|zegt|zegde|zei|belooft|beloofde)\b/i.test(zone.slice(asked.index + asked[0].length))) return { ...none, otherSpeaks: true };
  // `hebben we van het bestuur vernomen dat zij ... zullen sluiten`, `verwachten we ook dat de rol ... zal worden`: what the first person heard or expects of others.
  if (HEARD_OF_OTHERS.test(zone)) return { ...none, otherSpeaks: true };
  const firstPerson = WE.test(zone) && !EXEC_WORD.test(zone) && !/\b(?:college|wethouder|burgemeester|b\s*(?:&|en)\s*w)\b/i.test(zone) && !mentions.some((m) => m.start < at + zone.length && m.kind === 'person' && m.role !== null && EXECUTIVE_ROLES.test(m.role));
  if (!firstPerson) {
    // `We zijn tevreden met de beantwoording van het college en zullen ...`, `We willen weten of wethouder X ... gaat doen`: a `we` that
    // opens the unit and speaks of the executive in the third person is not the executive (`wij als college`, `het college en ik` are).
    const opens = /^[\W\d]*(?:wij|we|ik)\b/i.test(zone);
    // `We hoorden dat het college ... zal komen` reports the executive's own words: that is not the writer's `we` acting.
    const reportsExecutive = /\bdat\s+(?:het\s+|de\s+)?(?:college|wethouder|burgemeester|portefeuillehouder|b\s*(?:&|en)\s*w)\b/i.test(zone);
    const apart = opens && !reportsExecutive && !SELF_AS_EXECUTIVE.test(zone) && (scope.speakerAt?.(at) ?? null) === null && !(voice !== null && voice.kind === 'executive');
    return apart ? { ...none, writer: true } : none;
  }
  // The `we`/`ik` nearest before the verb is its subject: whose voice is that?
  const firstPersons = [...zone.matchAll(new RegExp(WE.source, 'g'))];
  const subjectAt = firstPersons[firstPersons.length - 1]?.index ?? 0;
  const subject = speech.voiceAt(at + subjectAt);
  if (subject !== null && subject.kind === 'other') return { ...none, otherSpeaks: true };
  if (subject !== null && subject.kind === 'executive') {
    const clause = ctx.sh.slice(subject.clause.start, subject.clause.end);
    return { ...none, executive: subject.person ?? resolveExecutive(ctx, scope, state, clause, subject.clause.start, subject.mentions) ?? bodyNode(ctx, COLLEGE) };
  }
  if (subject === null && (scope.speakerAt?.(at) ?? null) === null && speech.reportsOthers) return { ...none, writer: true };
  return none;
}

/** Whom a commitment the scorer found belongs to when no executive is named: the executive who speaks, the last one named, the portfolio holder, else the college. */
function fallbackActor(ctx: DocContext, scope: StatementScope, state: State, speaker: Mention | null, unit: string): string {
  if (speaker !== null && isExecutive(speaker)) return speaker.id;
  if (chairContinues(state.previousText, unit)) return chairActor(ctx, scope.bodyKind) ?? bodyNode(ctx, COLLEGE);
  // Who answered last (`De voorzitter antwoordt ...`, `Wethouder mevrouw Noorman antwoordt ...`) goes on speaking in the sentences after.
  const last = state.lastSubject;
  if (last !== null && speaker === null) {
    const id = last.chair ? chairActor(ctx, scope.bodyKind) : last.mention.id;
    if (id !== null) return id;
  }
  return state.lastExecutive ?? ctx.portfolioHolderId ?? scope.defaultActorId ?? state.lastNamed ?? bodyNode(ctx, COLLEGE);
}

/** A unit that could hold a promise: a cue of promising, future action or hedging in it. The scorer decides. */
/** Capitalised words that open a sentence without naming anyone. */
const SENTENCE_OPENERS = new Set(['hij', 'zij', 'ze', 'het', 'dit', 'dat', 'die', 'deze', 'er', 'ook', 'dan', 'daarna', 'daarnaast', 'verder', 'voorts', 'men', 'u', 'wie', 'wat', 'hier', 'daar', 'nu', 'straks', 'binnenkort', 'spreker', 'zo', 'vervolgens', 'tevens', 'bovendien', 'daarom', 'toen', 'eerst', 'ook']);

/**
 * The unit opens with someone else as the subject of its verb (`Iederz zal ...`, `De VVD wil ...`,
 * `Minister De Jonge belooft ...`): a name or a known non-executive before the first finite verb.
 */
function startsWithOther(s: string, mentions: readonly Mention[], at: number): boolean {
  const head = /^[\s*•·-]*((?:\S+\s+){0,4}?)(?:zal|zullen|gaat|gaan|wil|willen|komt|komen|belooft|beloven|zegt|zeggen|heeft|hebben|is|wordt)\b/i.exec(s);
  if (head === null) return false;
  const subject = head[1] ?? '';
  if (subject.trim() === '' || EXEC_WORD.test(subject) || /\b(?:wij|we|ik|college|wethouder|burgemeester|gemeente|portefeuillehouder)\b/i.test(subject)) return false;
  const named = mentions.find((m) => m.start >= at && m.start < at + subject.length + 4);
  if (named !== undefined) return named.kind !== 'body' && !(named.kind === 'person' && named.role !== null && EXECUTIVE_ROLES.test(named.role));
  const word = /^(?:De\s+)?([A-Z][\p{L}-]+)$/u.exec(subject.trim())?.[1];
  return word !== undefined && !SENTENCE_OPENERS.has(word.toLowerCase());
}

/**
 * The first person before the promise verb is not the executive: a council member speaking for
 * himself or his fractie (`Anders zullen we ze zeker in een motie opnemen`), or, in a text that is
 * not the college's own and has no executive in sight, the party, residents' group or paper that
 * wrote it (`daar zullen we een reactie over opstellen`).
 */
function ownWords(ctx: DocContext, state: State, zone: string, speaker: Mention | null, executiveSpeaks: boolean, mentions: readonly Mention[], zoneEnd: number): boolean {
  if (!WE.test(zone) || EXEC_WORD.test(zone) || /\b(?:college|wethouder|burgemeester|b\s*(?:&|en)\s*w)\b/i.test(zone)) return false;
  if (mentions.some((m) => m.start < zoneEnd && m.kind === 'person' && m.role !== null && EXECUTIVE_ROLES.test(m.role))) return false;
  if (speaker !== null) return !executiveSpeaks;
  if (ctx.weIsCollege || !/\b(?:wij|we)\b/i.test(zone)) return false;
  return !/\b(?:wethouder|burgemeester|college|voorzitter|portefeuillehouder)\b/i.test(state.previousText);
}

const isCandidate = (s: string): boolean => {
  const folded = foldWords(s);
  if (cuesIn('promise', folded).length > 0 || cuesIn('future', folded).length > 0 || cuesIn('hedge', folded).length > 0) return true;
  // The present tense with a time ahead and the executive or a first person: `B en W beantwoorden de vragen over drie weken`.
  return cuesIn('time', folded).length > 0 && (cuesIn('executive', folded).length > 0 || / b en w /.test(folded));
};

/** States the role `de wethouder` implied, when the fact read from it (by `who`) was accepted. */
function confirmImpliedRole(ctx: DocContext, state: State, who: string): void {
  const implied = state.impliedRole;
  if (implied !== null && implied.id === who) ctx.facts.edge('HOLDS_ROLE', implied.id, bodyNode(ctx, COLLEGE), { role: 'wethouder' }, ev(ctx, implied.start, implied.end));
}

function handleSentence(ctx: DocContext, scope: StatementScope, state: State, sp: Span, s: string): void {
  const committee = scope.bodyKind === 'committee' ? scope.bodyId : null;
  const mentions = actorMentions(ctx, sp.start, sp.end, committee);
  try {
    readSentence(ctx, scope, state, sp, s, mentions);
  } finally {
    noteSubject(state, s, sp, mentions);
  }
}

function readSentence(ctx: DocContext, scope: StatementScope, state: State, sp: Span, s: string, mentions: readonly Mention[]): void {
  state.impliedRole = null;
  const policies = policyMentions(ctx, sp.start, sp.end);
  const evidence = ev(ctx, sp.start, sp.end);
  const text = ctx.text.slice(evidence[0]?.start ?? sp.start, evidence[0]?.end ?? sp.end).replace(/\s+/g, ' ');
  const when = scope.date ?? ctx.date;
  const concerns = (exclude: readonly string[]) => [
    ...mentions.filter((m) => (m.kind === 'organisation' || m.kind === 'person') && !exclude.includes(m.id)).map((m) => m.id),
    ...policies,
  ];
  const link = (id: string, exclude: readonly string[]) => {
    if (scope.meetingId !== null) ctx.facts.edge('MADE_IN', id, scope.meetingId, {}, evidence);
    for (const c of new Set(concerns(exclude))) ctx.facts.edge('CONCERNS', id, c, {}, evidence);
    if (ctx.dossierId !== null) ctx.facts.edge('IN_DOSSIER', id, ctx.dossierId, {}, evidence);
  };

  // A named wethouder at the start of a sentence is who speaks from now on.
  const lead = /^\s*(?:(?:De|de)\s+)?(?:wethouder|burgemeester|Wethouder|Burgemeester)\s+/.exec(s);
  if (lead) {
    const p = mentions.find((m) => m.kind === 'person' && m.start <= sp.start + lead[0].length + 1);
    if (p && NAME_AFTER_TITLE.test(s.slice(lead[0].length))) state.lastExecutive = p.id;
  }
  for (const m of mentions) {
    if (m.kind !== 'person' || m.role === null || !EXECUTIVE_ROLES.test(m.role)) continue;
    state.named.set(/burgemeester/i.test(m.role) ? 'burgemeester' : 'wethouder', m.id);
    state.lastNamed = m.id;
  }
  const speakerNow = scope.speakerAt?.(sp.start) ?? null;
  if (speakerNow && speakerNow.role !== null && EXECUTIVE_ROLES.test(speakerNow.role) && state.executives[state.executives.length - 1] !== speakerNow.id) state.executives.push(speakerNow.id);
  if (state.lastExecutive !== null && state.executives[state.executives.length - 1] !== state.lastExecutive && !speakerNow) state.executives.push(state.lastExecutive);

  // 1. Referral: `De wethouder verwijst voor dit punt naar wethouder Van der Linden`.
  const referral = /\bverwijs?t\b[^.]*?\bnaar\s+(?:de\s+)?(?:wethouder|burgemeester|portefeuillehouder)\s+/i.exec(s);
  if (referral) {
    const target = mentions.find((m) => m.kind === 'person' && m.start >= sp.start + referral.index);
    const from = resolveExecutive(ctx, scope, state, s.slice(0, referral.index), sp.start, mentions.filter((m) => m !== target));
    if (target && from && from !== target.id) {
      confirmImpliedRole(ctx, state, from);
      const about = /\b(?:dit|dat|deze)\s+(?:laatste\s+)?punt\b|\bhiervoor\b|\bdaarvoor\b/i.test(s) ? state.previousText.replace(/\s+/g, ' ') : text;
      ctx.facts.edge('REFERRED_TO', from, target.id, { about }, [...ev(ctx, sp.start, sp.end)]);
    }
    return;
  }

  const isMotionInstruction = MOTION_INSTRUCTION.test(s);

  // 2. Decisions of a body.
  const bodyDecides = DECISION_SUBJECT.test(s) && DECISION_VERB.test(s) && !PROMISE.test(s.replace(/\bbesluit\b.*$/i, ''));
  if (!isMotionInstruction && (bodyDecides || decisionReported(s))) {
    const id = emitDecision(ctx, scope, sp, s, mentions, policies);
    // `Het amendement van de ChristenUnie ... wordt verworpen`: the amendment itself is a request by its fracties.
    const tabled = /^(?:de\s+|het\s+)?(motie|amendement)\b/i.exec(s);
    const by = mentions.filter((m) => m.kind === 'fractie' || m.kind === 'person');
    if (tabled && by.length > 0) {
      const rid = entityId('request', ctx.municipality, eventKey(ctx, scope, s));
      ctx.facts.node(rid, 'Request', { kind: (tabled[1] ?? '').toLowerCase() === 'motie' ? 'motion' : 'amendment', text, date: when ? date(when) : null, municipality: ctx.municipality }, evidence);
      for (const b of by) ctx.facts.edge('RAISED', b.id, rid, {}, evidence);
      link(rid, by.map((b) => b.id));
      ctx.facts.edge('CONCERNS', id, rid, {}, evidence);
    }
    // A decision reported in passing (`Wethouder X stemde daarmee in ... Ze beloofde ...`, `de motie werd ingetrokken`) may also hold a promise or a motion: read on.
    if (bodyDecides) return;
  }

  // 3. Commitments: every unit with a cue of promising, future action or hedging is a candidate; the learned scorer weighs it
  // (the rules' verdict is one of its features), and slots come from the rules and gazetteers.
  // An undertaking in the first person or without a subject counts only where the executive has the floor.
  const voice = executiveVoice(ctx, scope, state, sp.start);
  const subjectFuture = SUBJECT_FUTURE.exec(s);
  const firstPerson = subjectFuture !== null && /^\W*(?:ik|wij|we)\b|\b(?:ik|wij|we)\W*$/i.test(subjectFuture[0]);
  const undertaking = subjectFuture !== null && (!firstPerson || voice !== null) ? subjectFuture : null;
  // The college's own `we` in the present with a time ahead: in its own text, or where the executive has the floor.
  const wePresent = subjectFuture === null && (voice !== null || (ctx.weIsCollege && scope.speakerAt?.(sp.start) == null)) && !QUESTION.test(s) ? wePresentAct(s) : null;
  // Without the executive on the floor, only an act towards the council (`De raad zal schriftelijk geïnformeerd worden`, `RIB hierover volgt in Q4 2021`) whose executive the text has named.
  const impersonalFree = subjectFuture === null && !QUESTION.test(s) && !CITES_PLAN.test(s) && !OPINION.test(s) && (!OTHER_OPENS.test(s) || COUNCIL_RECEIVES.test(s)) && !OTHER_AGENT.test(s) && !cuesIn('third-party', foldWords(s)).some((c) => !/raad|commissie/.test(c));
  const towardsCouncil = voice === null && impersonalFree && TO_COUNCIL.test(s) && !NOT_UNSPOKEN.test(s) ? impersonalExecutive(ctx, state) : null;
  const impersonal = impersonalFree && (voice !== null || towardsCouncil !== null) ? IMPERSONAL_FUTURE.exec(s) : null;
  const registerLabel = REGISTER_LABEL.exec(s);
  const ownPromise = PROMISE.exec(s) ?? undertaking ?? wePresent ?? executiveReportsFuture(s) ?? COLLEGE_INTENDS.exec(s) ?? (subjectFuture === null ? executiveActs(s) : null);
  const promise = ownPromise ?? registerLabel ?? impersonal;
  // The scorer sees these two readings under marks of their own, apart from the promise verbs: an act towards the council nobody speaks (`towardsCouncil`) and a register's label (`registerLabel`).
  const unspoken = promise !== null && promise === impersonal && voice === null;
  if (promise !== null || state.listMode || isCandidate(s)) {
    const markerAt = promise?.index ?? s.length;
    // A register's label (`Toezegging burgemeester:`) names who promises: the zone runs to its colon.
    const labelEnd = /^\W*toezegging(?:en)?\b[^:.]{0,40}:/i.exec(s)?.[0].length ?? 0;
    const zone = s.slice(0, Math.max(markerAt + (promise?.[0].length ?? 0), labelEnd, 1));
    const reported = REPORTED.test(s);
    const expected = EXPECTATION.test(s.slice(0, markerAt + 1));
    let read = resolveExecutive(ctx, scope, state, zone, sp.start, mentions);
    if (read === null && state.listMode) read = scope.defaultActorId ?? state.lastExecutive ?? ctx.portfolioHolderId ?? bodyNode(ctx, COLLEGE);
    if (read === null && reported) read = resolveExecutive(ctx, scope, state, s, sp.start, mentions);
    // `Wij zullen ...` in the chair's answer that the minutes report (no turn label): the chair's, not the college by default.
    // What the unit's own words name, before an act nobody speaks is given to the executive the text named last: the scorer's `actor:` and `rule:actorFound` describe this reading.
    const ownRead = read;
    if (promise !== null && (promise === impersonal || (promise === undertaking && firstPerson && scope.speakerAt?.(sp.start) == null && !mentions.some((m) => m.kind === 'person' && m.start < sp.start + zone.length)))) read = voice ?? (unspoken ? towardsCouncil : null) ?? read;
    // `read`: the actor as the unit's own words give it; the scorer's features describe that reading. Quoted speech then says whose words they are.
    const quoted = voiceOf(ctx, scope, state, s, sp.start, zone, markerAt, promise !== null, mentions);
    const actor = quoted.otherSpeaks || quoted.writer ? null : quoted.executive ?? read;
    const thirdPartySubject = mentions.some((m) => (m.kind === 'organisation' || m.kind === 'fractie') && m.start < sp.start + markerAt) && !EXEC_WORD.test(zone) && !WE.test(zone) && !mentions.some((m) => m.kind === 'person' && m.role !== null && EXECUTIVE_ROLES.test(m.role) && m.start < sp.start + markerAt);
    const ruleReads = !isMotionInstruction && !NOT_AN_UNDERTAKING.test(s) && (promise !== null || state.listMode) && read !== null && !expected && !(thirdPartySubject && !state.listMode);
    const ruleSays = ruleReads && actor !== null;
    const speaker = scope.speakerAt?.(sp.start) ?? null;
    const inUnit = read === null ? resolveExecutive(ctx, scope, state, s, sp.start, mentions) : null;
    const executiveSpeaks = isExecutive(speaker);
    // `unitFeatures` writes every true cue as `rule:<name>`: the two marks below are new names, so the weights of the old ones keep their meaning.
    const ruleCues: UnitContext['rule'] & { readonly towardsCouncil: boolean; readonly registerLabel: boolean } = {
      promise: promise !== null && !unspoken && promise !== registerLabel, soft: SOFT.test(s), reported, expectation: expected, motionInstruction: isMotionInstruction, thirdParty: thirdPartySubject, actorFound: (unspoken ? ownRead : read) !== null, says: ruleReads,
      towardsCouncil: unspoken, registerLabel: promise !== null && promise === registerLabel,
    };
    const features = unitFeatures({
      actorFrom: (unspoken ? ownRead : read) !== null ? 'rule' : inUnit !== null ? 'unit' : executiveSpeaks ? 'speaker' : 'default',
      text: s, format: ctx.format, inCommitmentList: state.listMode, listItem: startsListItem(ctx.shLines, sp.start),
      speaker: speaker === null ? 'none' : executiveSpeaks ? 'executive' : 'member',
      weIsCollege: ctx.weIsCollege, previous: state.previousText,
      rule: ruleCues,
    });
    // The scorer may find what the rules missed, but not overrule them where they saw another subject: a third party or a motion's dictum.
    const otherSubject = thirdPartySubject || quoted.otherSpeaks || quoted.writer || ownWords(ctx, state, zone, speaker, executiveSpeaks, mentions, sp.start + zone.length) || isMotionInstruction || NOT_AN_UNDERTAKING.test(s) || (actor === null && inUnit === null && !executiveSpeaks && startsWithOther(s, mentions, sp.start));
    // A marker for training, never weighed: the scorer cannot take this unit, so its threshold is chosen without it.
    if (!ruleSays && otherSubject) features.push('mark:scorer-barred');
    ctx.scorer.onCandidate?.({ start: sp.start, end: sp.end, features });
    const model = ctx.scorer.model;
    const p = model === null ? null : score(model, features);
    const accepted = p === null || model === null ? ruleSays : ruleSays ? p >= model.veto : !otherSubject && p >= model.threshold;
    if (accepted) {
      const who = actor ?? inUnit ?? fallbackActor(ctx, scope, state, speaker, s);
      confirmImpliedRole(ctx, state, who);
      if (mentions.some((m) => m.id === who && m.kind === 'person')) state.lastExecutive = who;
      // Hedged words make it soft; so does the kind model, at a threshold chosen in training apart for the units the rules take and the scorer's own.
      const softByModel = model !== null && modelSaysSoft(model, features, ruleSays);
      // The executive's own undertaking in the present (`zegt toe`, a `Toezegging college:` label) is explicit whatever hedge follows it.
      const kind = reported ? 'reported' : EXPLICIT.test(s) ? 'explicit' : SOFT.test(s) || softByModel ? 'soft' : 'explicit';
      emitCommitment(ctx, scope, state, sp, s, text, who, kind, mentions, link, evidence, promise?.index ?? 0, model === null ? null : confidence(model, features));
      return;
    }
  }

  // 4. Requests by fracties and council members.
  const speaker = scope.speakerAt?.(sp.start) ?? null;
  const firstColon = s.indexOf(':') > 0 && s.indexOf(':') < 80 ? s.indexOf(':') : s.length;
  const canRaise = (m: Mention) => m.kind === 'fractie' || (m.kind === 'person' && (m.role === null || !EXECUTIVE_ROLES.test(m.role)));
  let raisers = mentions.filter((m) => canRaise(m) && m.start < sp.start + firstColon).map((m) => m.id);
  const speakerRaises = speaker !== null && !isExecutive(speaker);
  if (speakerRaises && firstColon === s.length && !/^\s*(?:de\s+)?(?:wethouder|burgemeester|college|raad)\b/i.test(s)) {
    // In someone's turn, a member named in the sentence is addressed (`Is de heer Ruys het met mij eens?`), not the one asking.
    raisers = [speaker.id];
  }
  // Co-submitters after the label: `samen met de SP dien ik een motie in`.
  if (MOTION.test(s) && raisers.length > 0) {
    for (const m of mentions) if (m.kind === 'fractie' && m.start >= sp.start + firstColon && !raisers.includes(m.id)) raisers.push(m.id);
  }
  // A motion's dictum (`De raad verzoekt het college ...`) is the motion itself, not another request.
  if (isMotionInstruction && /^\s*de\s+(?:gemeente)?raad\b/i.test(s)) return;
  const anonymous = /^\s*(?:de\s+)?(?:fracties|diverse\s+fracties|enkele\s+fracties|een\s+aantal\s+fracties|meerdere\s+fracties|leden|commissieleden|raadsleden)\b/i.test(s);
  if (raisers.length === 0 && speaker !== null && !isExecutive(speaker) && /\b(?:ik|wij|we|mijn fractie|onze fractie)\b/i.test(s)) raisers = [speaker.id];
  // A question put straight to the executive (`Kunt u ...?`, `Gaat het college ...?`), as written questions list them: a question even where the text does not say whose.
  // `u` is the executive only where the text is not addressed to the council or a committee (a consultation's questions to its guests, a letter to the raadsleden).
  const youAreExecutive = ctx.addresseeId === null || ctx.addresseeId === entityId('body', ctx.municipality, COLLEGE.key);
  const directQuestion = raisers.length === 0 && !anonymous && !isExecutive(speaker) && /\?\s*$/.test(s) && (youAreExecutive ? /\b(?:u|uw|het\s+college|de\s+wethouder|de\s+burgemeester)\b/i : /\b(?:het\s+college|de\s+wethouder|de\s+burgemeester)\b/i).test(s);
  // `Hij vraagt om een snelle rapportage`, `Verzocht wordt ...`, `Het college wordt verzocht ...`: a member asks, named before or not at all.
  const unnamedAsks = raisers.length === 0 && !anonymous && !isExecutive(speaker) && ((ctx.weIsCollege ? PRONOUN_ASKS_NOT_WE : PRONOUN_ASKS).test(s) || PASSIVE_ASKS.test(s));
  if (raisers.length > 0 || anonymous || directQuestion || unnamedAsks) {
    const motion = MOTION.exec(s);
    const kind = VOTE_STATEMENT.test(s)
      ? 'vote statement'
      : motion
        ? ((motion[1] ?? motion[2] ?? motion[3] ?? '').toLowerCase() === 'amendement' ? 'amendment' : 'motion')
        : QUESTION.test(s)
          ? 'question'
          : PROPOSAL.test(s)
            ? 'proposal'
            : REQUEST.test(s)
              ? 'request'
              : null;
    if (kind !== null) {
      const id = entityId('request', ctx.municipality, eventKey(ctx, scope, s));
      ctx.facts.node(id, 'Request', { kind, text, date: when ? date(when) : null, raisedByText: anonymous ? (/^\s*(\S+(?:\s+fracties)?)/.exec(s)?.[1] ?? null) : null, municipality: ctx.municipality }, evidence);
      for (const r of raisers) ctx.facts.edge('RAISED', r, id, {}, evidence);
      if (raisers.length === 0 && anonymous && scope.bodyId !== null) ctx.facts.edge('RAISED', scope.bodyId, id, {}, evidence);
      link(id, raisers);
    }
  }
}

/** A decision whose outcome is read from `s` (the sentence, or a list head joined with its item). */
function emitDecision(ctx: DocContext, scope: StatementScope, sp: Span, s: string, known?: readonly Mention[], knownPolicies?: readonly string[]): string {
  const mentions = known ?? actorMentions(ctx, sp.start, sp.end, scope.bodyKind === 'committee' ? scope.bodyId : null);
  const policies = knownPolicies ?? policyMentions(ctx, sp.start, sp.end);
  const evidence = ev(ctx, sp.start, sp.end);
  const text = ctx.text.slice(evidence[0]?.start ?? sp.start, evidence[0]?.end ?? sp.end).replace(/\s+/g, ' ');
  const when = scope.date ?? ctx.date;
  const outcome = outcomeOf(s);
  const id = entityId('decision', ctx.municipality, eventKey(ctx, scope, s));
  const about = /\b(raadsinformatiebrief|raadsvoorstel|voorstel|motie|amendement|brief|verordening|begroting|jaarrekening|initiatiefvoorstel)\b/i.exec(s);
  ctx.facts.node(id, 'Decision', { text, outcome, date: when ? date(when) : null, about: about?.[1]?.toLowerCase() ?? null, municipality: ctx.municipality }, evidence);
  if (scope.meetingId !== null) ctx.facts.edge('DECIDED_IN', id, scope.meetingId, {}, evidence);
  if (ctx.dossierId !== null) ctx.facts.edge('CONCERNS', id, ctx.dossierId, {}, evidence);
  for (const m of mentions) {
    if (m.kind === 'fractie') ctx.facts.edge('SUPPORTED', m.id, id, {}, evidence);
    if (m.kind === 'organisation') ctx.facts.edge('CONCERNS', id, m.id, {}, evidence);
  }
  for (const p of policies) ctx.facts.edge('CONCERNS', id, p, {}, evidence);
  return id;
}

function emitCommitment(
  ctx: DocContext, scope: StatementScope, state: State, sp: Span, s: string, text: string, actor: string, kind: string,
  mentions: readonly Mention[], link: (id: string, exclude: readonly string[]) => void, evidence: ReturnType<typeof ev>, markerAt = 0, confidence: number | null = null,
): void {
  const when = scope.date ?? ctx.date;
  // The deadline of the promise follows its verb (`antwoordt dat de gunning in mei plaatsvindt en zegt toe ... vóór de zomer`); else anywhere.
  const afterMarker = when === null || markerAt === 0 ? null : findFuzzyDate(s.slice(markerAt), when);
  const due = when === null ? null : afterMarker !== null ? { ...afterMarker, start: afterMarker.start + markerAt, end: afterMarker.end + markerAt } : findFuzzyDate(s, when);
  const dueText = due === null ? null : ctx.text.slice(sp.start + due.start, sp.start + due.end).replace(/\s+/g, ' ');
  const promisedToMention = mentions.find((m) => m.kind === 'body' && m.id !== actor && !m.id.endsWith(':college-van-b-en-w'));
  const promisedTo = promisedToMention?.id ?? scope.bodyId ?? ctx.addresseeId ?? (ctx.weIsCollege ? null : bodyNode(ctx, COUNCIL));
  const verb = /terug/i.test(s) ? 'terug' : /informe/i.test(s) ? 'informeren' : 'other';
  const dedupeKey = `${actor}|${dueText ?? ''}|${verb}|${promisedTo ?? ''}`;
  // Only a repeated promise to inform or come back is the same promise; two other promises without a deadline are two.
  const existing = scope.meetingId === null && verb !== 'other' ? state.seen.get(dedupeKey) : undefined;
  const id = existing ?? entityId('commitment', ctx.municipality, eventKey(ctx, scope, s));
  if (scope.meetingId === null) state.seen.set(dedupeKey, id);
  ctx.facts.node(
    id,
    'Commitment',
    {
      text: existing === undefined ? text : null,
      kind,
      status: 'open',
      dueText,
      dueEarliest: due?.earliest ? date(due.earliest) : null,
      dueLatest: due?.latest ? date(due.latest) : null,
      date: when ? date(when) : null,
      promisedToText: promisedTo === null ? (/\buw\s+commissie\b/i.exec(s)?.[0] ?? null) : null,
      confidence: confidence === null ? null : Math.round(confidence * 1000) / 1000,
      municipality: ctx.municipality,
    },
    evidence,
  );
  ctx.facts.edge('COMMITTED', actor, id, {}, evidence);
  if (promisedTo !== null) ctx.facts.edge('PROMISED_TO', id, promisedTo, {}, evidence);
  link(id, [actor]);
  void personNode;
}
