/**
 * How a council text reports a decision that was taken, whoever took it and wherever it stands in
 * the sentence: the passive of minutes and besluitenlijsten (`De notulen worden ongewijzigd
 * vastgesteld`, `Zonder hoofdelijke stemming wordt besloten overeenkomstig het voorstel`), the
 * past tense of news (`De gemeenteraad nam deze motie donderdag aan`, `trok de motie in`), a vote
 * count (`met 11 stemmen voor en 10 tegen`). Each piece is one shape; `decisionReported` is any of
 * them, and `outcomeOf` in statements.ts reads which outcome it was.
 */

/** The participle of a decision's outcome, after an auxiliary (`wordt ... vastgesteld`, `is ... verworpen`). */
const OUTCOME_PARTICIPLE = '(?:aangenomen|aangeno|verworpen|ver\\s?worpen|vastgesteld|ingetrokken|teruggetrokken|teruggenomen|aangehouden|goedgekeurd|afgekeurd|afgewezen|aanvaard|besloten|doorgeschoven|afgedaan|benoemd|feststeld|oannommen)';
const AUXILIARY = '(?:wordt|worden|werd|werden|is|zijn|was|waren|wurdt|wurde)';

const SHAPES: readonly RegExp[] = [
  // `De agenda wordt gewijzigd vastgesteld`, `is de motie ... met een ruime meerderheid aangenomen`.
  new RegExp(`\\b${AUXILIARY}\\b(?:\\s+[^\\s.?]+){0,14}?\\s+${OUTCOME_PARTICIPLE}\\b`, 'i'),
  // `Besloten wordt ...`, `Vastgesteld wordt ...`.
  new RegExp(`\\b${OUTCOME_PARTICIPLE}\\s+${AUXILIARY}\\b`, 'i'),
  // `heeft ... besloten`, `hebben de moties ingetrokken`, `heeft ... afgekeurd`.
  /\b(?:heeft|hebben|had|hadden)\b(?:\s+[^\s.?]+){0,14}?\s+(?:besloten|aangenomen|verworpen|vastgesteld|ingetrokken|ingestemd|goedgekeurd|afgekeurd|afgewezen|aangehouden)\b/i,
  // `besloot`, `De raad besloot tot:`.
  /\bbesloo?t(?:en)?\b(?!\s+(?:vergadering|deel|zitting|overleg|bijeenkomst|karakter|gedeelte))/i,
  // `nam deze motie donderdag aan`, `neemt het voorstel aan`: `aan` closing the clause, not opening a phrase.
  /\b(?:nam|namen|neemt|nemen)\b(?:\s+[^\s.?]+){1,10}?\s+aan\b(?!\s+(?:de|het|een|te|dat|die|deze|dit|zijn|haar)\b)/i,
  // `ging de raad mee akkoord`, `gaat de vergadering akkoord`.
  /\b(?:ging|gingen|gaat|gaan)\b(?:\s+[^\s.?]+){0,6}?\s+akkoord\b/i,
  // `trok de motie in`, `trokken hun amendement in`.
  /\b(?:trok|trokken|trekt|trekken)\b[^.?]{0,60}\b(?:motie|moties|amendement|amendementen|voorstel|\w*vergunning\w*)\b[^.?]{0,30}\b(?:in|terug)\b/i,
  // `De raad stemt hiermede in`, `stemden hier voor`.
  /\bstem(?:t|men|de|den)\s+(?:(?:hier|daar|er)(?:mee|mede)?\s+(?:in|voor|tegen)|mee\s+in)\b/i,
  // A vote count or a vote without a count.
  /\bmet\s+(?:\d+|\w+)\s+(?:stemmen\s+)?(?:voor|tegen)\s+(?:en\s+(?:\d+|\w+)\s+(?:stemmen\s+)?(?:tegen|voor)|(?:\d+|\w+)\s+stemmen)\b|\bmet\s+algemene\s+stemmen\b|\bzonder\s+hoofdelijke\s+stemming\b|\bz\.\s?h\.\s?st\./i,
  // `unaniem aangenomen`, `bij meerderheid van stemmen aangenomen`, `met een ruime meerderheid aangenomen` where OCR lost the auxiliary.
  /\b(?:unaniem|stemmen|meerderheid)\b[^.?]{0,40}\b(?:aangenomen|verworpen|vastgesteld|aanvaard)\b/i,
  // `werd niet door de raad gesteund`, `werd niet in meerderheid gesteund`.
  /\b(?:werd|werden|wordt|worden)\b[^.?]{0,40}\b(?:door\s+de\s+(?:gemeente)?raad|in\s+meerderheid|door\s+een\s+meerderheid)\s+(?:gesteund|ondersteund)\b/i,
  // A subordinate clause's verb (`waarna Bragt de motie introk`, `dat de raad ... vaststelt`).
  /\b(?:introk|introkken|terugtrok|terugtrokken|aannam|aannamen|vaststelde|vaststelden|verwierp|verwierpen)\b/i,
  // Support or its lack as the outcome: `kreeg brede steun in de raad`, `krijgt niet voldoende steun`, `schaarden zich achter die motie`, `haalde het niet`.
  /\b(?:kreeg|kregen|krijgt)\b[^.?]{0,30}\bsteun\b|\bop\s+steun\b[^.?]{0,60}\brekenen\b|\bschaarden?\s+zich\b[^.?]{0,40}\bachter\b|\bhaalde\s+het\s+niet\b/i,
  // `Toch is deze motie niet in stemming gebracht`, `dat ging met een hamerklap`, a register's `Status Verworpen`, the chair's `Akkoord.`
  /\bniet\s+in\s+stemming\s+gebracht\b|\bhamerklap\b|^\W*status\s*:?\s*(?:aangenomen|verworpen|ingetrokken|aangehouden)\b/i,
  /\bAkkoord\s*\.\s*$/,
];

/** What is no decision taken: a question, staff hired (`aangenomen`), a decision still to come or one supposed (`zal ... worden aangenomen`, `Als de motie wordt aangenomen`, `nog niet besloten`). */
const NOT_A_DECISION = /\?\s*$|\b(?:personeel|medewerkers?|werknemers?|leerlingen)\b[^.]{0,40}\baangenomen\b|\b(?:zal|zullen|moet|moeten|kan|kunnen|zou|zouden)\b[^.]{0,40}\b(?:worden|besluit\w*)\b|^\W*(?:als|indien|wanneer)\b|\bnaar\s+verwachting\b|\bnog\s+niet\b|\bvrijwel\s+zeker\b|\bvermoedelijk\b/i;

/** Whether the sentence reports a decision taken (or a motion withdrawn, held, rejected). */
export function decisionReported(s: string): boolean {
  if (NOT_A_DECISION.test(s)) return false;
  return SHAPES.some((re) => re.test(s));
}
