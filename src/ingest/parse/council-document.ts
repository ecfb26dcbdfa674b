/**
 * A gate before extraction: text that is not a council document (too short without strong council signals, source code,
 * placeholder or unrelated prose) is refused with an error that says why, so that the CLI can
 * show it and nothing is written.
 */
const MIN_LENGTH = 200;

const COUNCIL_WORDS = [
  'gemeente', 'gemeenteraad', 'raad', 'commissie', 'college', 'wethouder', 'burgemeester', 'fractie', 'besluit', 'vergadering',
  'raadsvoorstel', 'toezegging', 'motie', 'amendement', 'dossier', 'beleid', 'subsidie', 'raadsinformatiebrief', 'portefeuillehouder',
  'agenda', 'agendapunt', 'notulen', 'griffie', 'griffier', 'raadslid', 'raadsleden', 'begroting', 'wijk', 'inwoners', 'verordening',
  'besluitenlijst', 'stemverklaring', 'hamerstuk', 'penvoerder', 'wijkteam', 'sociaal', 'domein', 'coalitieakkoord', 'b&w',
];

/** Below this, even a text with strong council signals is too short to state a fact. */
const MIN_SIGNALLED_LENGTH = 40;

/** What a council record does: promise, decide, move. */
const COUNCIL_ACT = /\b(?:toezegging(?:en)?|toegezegd|zegt\s+toe|zeggen\s+toe|besluit|besluiten|besloten|motie|amendement|stemt\s+in|ingestemd|vastgesteld|vast\s+te\s+stellen|aangenomen|verworpen|hamerstuk)\b/i;
/** Who acts in council records. */
const COUNCIL_ACTOR = /\b(?:wethouder|college|(?:gemeente)?raad|commissie|burgemeester|portefeuillehouder|griffier|fractie)\b/i;

/**
 * A short text is still a council document when it carries strong signals: an act of a council
 * (a toezegging, a besluit, a motie) and an actor of one (wethouder, college, raad, commissie).
 * A single toezegging record or a one-line college decision is that short.
 */
export function hasStrongCouncilSignals(text: string): boolean {
  return text.length >= MIN_SIGNALLED_LENGTH && COUNCIL_ACT.test(text) && COUNCIL_ACTOR.test(text);
}

export function assertCouncilDocument(text: string): void {
  const trimmed = text.trim();
  const signalled = trimmed.length < MIN_LENGTH && hasStrongCouncilSignals(trimmed);
  if (trimmed.length < MIN_LENGTH && !signalled) {
    throw new Error(`not a council document: the text is too short (${trimmed.length} characters; at least ${MIN_LENGTH} expected, or a toezegging, besluit or motie of a wethouder, college, raad or commissie)`);
  }
  if (/\blorem\s+ipsum\b/i.test(trimmed)) {
    throw new Error('not a council document: the text is placeholder text (lorem ipsum)');
  }
  // The cell breaks of a `;`-separated register (a CSV export) are no code.
  const cellsless = trimmed.split('\n').map((l) => ((l.match(/;/g) ?? []).length >= 3 ? l.replace(/;/g, ' ') : l)).join('\n');
  const codeChars = (cellsless.match(/[{};=<>()[\]]/g) ?? []).length;
  const codeLines = trimmed.split('\n').filter((l) => /^\s*(?:import|export|const|let|var|function|def|class|return|public|private|#include|if\s*\(|for\s*\(|<\/?\w+[^>]*>)/.test(l)).length;
  if (codeChars / trimmed.length > (signalled ? 0.08 : 0.04) || codeLines >= 3) {
    throw new Error('not a council document: the text looks like source code or markup');
  }
  const words = new Set((trimmed.toLowerCase().match(/[a-zà-ÿ&]+/g) ?? []));
  const hits = COUNCIL_WORDS.filter((w) => words.has(w));
  if (hits.length < (signalled ? 1 : 3)) {
    throw new Error(`not a council document: it uses ${hits.length === 0 ? 'none' : `only ${hits.length} (${hits.join(', ')})`} of the words council documents use (gemeente, raad, commissie, wethouder, besluit, ...)`);
  }
}
