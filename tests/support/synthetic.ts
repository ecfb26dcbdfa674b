import { createHash } from 'node:crypto';
import type { Database } from '../../src/db/database.js';
import { date, dateTime, type ExtractedDocument, type FactEdge, type FactNode, type Passage } from '../../src/ingest/facts.js';
import { loadDocument } from '../../src/ingest/load.js';

/**
 * A hand-built document for the test municipality GM9999 (no seed uses it): one wethouder, one
 * meeting of one committee, one organisation and COMMITMENT_COUNT commitments, each made by the
 * wethouder in the meeting, concerning the organisation, with a quoted passage. Loaded through
 * the real loader; loading it again changes nothing (same hash), so every test file may call it.
 */
export const TEST_MUNICIPALITY = 'GM9999';
export const COMMITMENT_COUNT = 60;
export const SYNTHETIC_PERSON = 'person:gm9999:tester';
export const SYNTHETIC_MEETING = 'meeting:gm9999:commissie-test-2024-01-15-20-00';
export const SYNTHETIC_BODY = 'body:gm9999:commissie-test';
export const SYNTHETIC_ORGANISATION = 'organisation:gm9999:stichting-test';
export const syntheticCommitmentId = (i: number): string => `commitment:gm9999:test-${String(i).padStart(3, '0')}`;

function build(): { doc: ExtractedDocument; textLength: number } {
  const lines: string[] = [];
  let offset = 0;
  const passage = (line: string): Passage => {
    const p = { start: offset, end: offset + line.length, quote: line };
    lines.push(line);
    offset += line.length + 1;
    return p;
  };
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
      { type: 'COMMITTED', from: SYNTHETIC_PERSON, to: id, props: {}, evidence: [] },
      { type: 'MADE_IN', from: id, to: SYNTHETIC_MEETING, props: {}, evidence: [] },
      { type: 'PROMISED_TO', from: id, to: SYNTHETIC_BODY, props: {}, evidence: [] },
      { type: 'CONCERNS', from: id, to: SYNTHETIC_ORGANISATION, props: {}, evidence: [] },
    );
  }
  const text = lines.join('\n');
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
