import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { date, dateTime, type ExtractedDocument, type FactEdge, type FactNode, type Passage } from '../../src/ingest/facts.js';
import { loadDocument } from '../../src/ingest/load.js';

/**
 * A hand-built document for the test municipality GM9999 (no seed uses it): one wethouder,
 * RAADSLID_COUNT council members, one meeting of one committee, one organisation and
 * COMMITMENT_COUNT commitments, each made in the meeting, concerning the organisation, with a
 * quoted passage; who made which is `committerOf` (unevenly: one member made 7, one none, the
 * wethouder the last 11). Member k also raised k % 4 questions in the meeting (`syntheticRequestId`).
 * Loaded through the real loader; loading it again changes nothing (same hash), so every test
 * file may call it.
 */
export const TEST_MUNICIPALITY = 'GM9999';
export const COMMITMENT_COUNT = 60;
export const SYNTHETIC_PERSON = 'person:gm9999:tester';
export const SYNTHETIC_MEETING = 'meeting:gm9999:commissie-test-2024-01-15-20-00';
export const SYNTHETIC_BODY = 'body:gm9999:commissie-test';
export const SYNTHETIC_ORGANISATION = 'organisation:gm9999:stichting-test';
export const syntheticCommitmentId = (i: number): string => `commitment:gm9999:test-${String(i).padStart(3, '0')}`;

export const RAADSLID_COUNT = 23;
const two = (n: number): string => String(n).padStart(2, '0');
/** Council member k (1..RAADSLID_COUNT), named `Raadslid Proef kk` so that names sort by k. */
export const syntheticRaadslidId = (k: number): string => `person:gm9999:raadslid-proef-${two(k)}`;
export const syntheticRaadslidName = (k: number): string => `Raadslid Proef ${two(k)}`;
/** Question j (1..k % 4) of council member k, made on 2024-01-(10 + j). */
export const syntheticRequestId = (k: number, j: number): string => `request:gm9999:vraag-${two(k)}-${j}`;
export const syntheticRequestText = (k: number, j: number): string => `${syntheticRaadslidName(k)} vraagt naar proefpunt ${j}.`;

/**
 * Who made commitment i: member 01 made 1-7, member 02 made 8-9, members 03-22 two each of
 * 10-49 (in turn), the wethouder 50-60; member 23 made none.
 */
export function committerOf(i: number): string {
  if (i <= 7) return syntheticRaadslidId(1);
  if (i <= 9) return syntheticRaadslidId(2);
  if (i <= 49) return syntheticRaadslidId(((i - 10) % 20) + 3);
  return SYNTHETIC_PERSON;
}

/**
 * A synthetic document written line by line: `passage(line)` appends a line and returns its
 * evidence span; `text()` is the whole document, so every quote is `text.slice(start, end)`.
 */
export function lineText(): { passage: (line: string) => Passage; text: () => string } {
  const lines: string[] = [];
  let offset = 0;
  return {
    passage: (line) => {
      const p = { start: offset, end: offset + line.length, quote: line };
      lines.push(line);
      offset += line.length + 1;
      return p;
    },
    text: () => lines.join('\n'),
  };
}

function build(): { doc: ExtractedDocument; textLength: number } {
  const { passage, text: joined } = lineText();
  const nodes: FactNode[] = [
    { id: 'municipality:gm9999', label: 'Municipality', props: { cbsCode: TEST_MUNICIPALITY, name: 'Testgemeente' }, evidence: [] },
    { id: SYNTHETIC_PERSON, label: 'Person', props: { name: 'Tessa Tester', surname: 'Tester', givenName: 'Tessa' }, evidence: [passage('Wethouder Tessa Tester')] },
    { id: SYNTHETIC_BODY, label: 'Body', props: { name: 'Commissie Test', kind: 'committee' }, evidence: [passage('Commissie Test')] },
    {
      id: SYNTHETIC_MEETING,
      label: 'Meeting',
      props: { title: 'Commissie Test 2024-01-15 20:00', start: dateTime('2024-01-15T20:00'), date: date('2024-01-15'), bodyName: 'Commissie Test' },
      evidence: [passage('Vergadering 15 januari 2024 20:00')],
    },
    { id: SYNTHETIC_ORGANISATION, label: 'Organisation', props: { name: 'Stichting Test', kind: 'stichting', aliases: ['Stichting Test'] }, evidence: [passage('Stichting Test')] },
  ];
  const edges: FactEdge[] = [{ type: 'OF_BODY', from: SYNTHETIC_MEETING, to: SYNTHETIC_BODY, props: {}, evidence: [] }];
  for (let i = 1; i <= COMMITMENT_COUNT; i++) {
    const id = syntheticCommitmentId(i);
    const text = `De wethouder zegt toe testpunt ${i} uit te zoeken.`;
    const month = String(((i - 1) % 12) + 1).padStart(2, '0');
    nodes.push({
      id,
      label: 'Commitment',
      props: { text, kind: 'explicit', status: 'open', dueText: `in 2030`, dueEarliest: date(`2030-${month}-01`), dueLatest: date(`2030-${month}-28`), date: date('2024-01-15') },
      evidence: [passage(text)],
    });
    edges.push(
      { type: 'COMMITTED', from: committerOf(i), to: id, props: {}, evidence: [] },
      { type: 'MADE_IN', from: id, to: SYNTHETIC_MEETING, props: {}, evidence: [] },
      { type: 'PROMISED_TO', from: id, to: SYNTHETIC_BODY, props: {}, evidence: [] },
      { type: 'CONCERNS', from: id, to: SYNTHETIC_ORGANISATION, props: {}, evidence: [] },
    );
  }
  for (let k = 1; k <= RAADSLID_COUNT; k++) {
    const person = syntheticRaadslidId(k);
    nodes.push({ id: person, label: 'Person', props: { name: syntheticRaadslidName(k), surname: `Proef ${two(k)}`, givenName: 'Raadslid' }, evidence: [passage(syntheticRaadslidName(k))] });
    for (let j = 1; j <= k % 4; j++) {
      const id = syntheticRequestId(k, j);
      const text = syntheticRequestText(k, j);
      nodes.push({ id, label: 'Request', props: { kind: 'question', text, date: date(`2024-01-${10 + j}`) }, evidence: [passage(text)] });
      edges.push({ type: 'RAISED', from: person, to: id, props: {}, evidence: [] }, { type: 'MADE_IN', from: id, to: SYNTHETIC_MEETING, props: {}, evidence: [] });
    }
  }
  const text = joined();
  const doc: ExtractedDocument = {
    source: { fileName: 'synthetic-commitments.txt', sha256: createHash('sha256').update(text).digest('hex'), format: 'text', municipality: TEST_MUNICIPALITY },
    nodes,
    edges,
    warnings: [],
  };
  return { doc, textLength: text.length };
}

export async function loadSyntheticCommitments(db: Database): Promise<void> {
  const { doc, textLength } = build();
  await loadDocument(db, doc, textLength);
}
