/**
 * A gate before extraction: text that is not a council document (too short, source code,
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

export function assertCouncilDocument(text: string): void {
  const trimmed = text.trim();
  if (trimmed.length < MIN_LENGTH) {
    throw new Error(`not a council document: the text is too short (${trimmed.length} characters; at least ${MIN_LENGTH} expected)`);
  }
  if (/\blorem\s+ipsum\b/i.test(trimmed)) {
    throw new Error('not a council document: the text is placeholder text (lorem ipsum)');
  }
  const codeChars = (trimmed.match(/[{};=<>()[\]]/g) ?? []).length;
  const codeLines = trimmed.split('\n').filter((l) => /^\s*(?:import|export|const|let|var|function|def|class|return|public|private|#include|if\s*\(|for\s*\(|<\/?\w+[^>]*>)/.test(l)).length;
  if (codeChars / trimmed.length > 0.04 || codeLines >= 3) {
    throw new Error('not a council document: the text looks like source code or markup');
  }
  const words = new Set((trimmed.toLowerCase().match(/[a-zà-ÿ&]+/g) ?? []));
  const hits = COUNCIL_WORDS.filter((w) => words.has(w));
  if (hits.length < 3) {
    throw new Error(`not a council document: it uses ${hits.length === 0 ? 'none' : `only ${hits.length} (${hits.join(', ')})`} of the words council documents use (gemeente, raad, commissie, wethouder, besluit, ...)`);
  }
}
