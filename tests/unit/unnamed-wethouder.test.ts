import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/ingest/extract-document.js';

/**
 * `De wethouder` whom a real text never names is a wethouder, not the college (tests/corpus/docs:
 * a party's report of a council debate; gold: actor `wethouder`).
 */
const DOCS = join(import.meta.dirname, '../corpus/docs');
const corpusText = (id: string): string => {
  const f = readdirSync(DOCS).find((x) => x.startsWith(`${id}-`) && x.endsWith('.txt'));
  if (f === undefined) throw new Error(`no corpus document ${id}`);
  const raw = readFileSync(join(DOCS, f), 'utf8');
  return raw.slice(raw.indexOf('\n') + 1).replace(/^\r?\n/, '');
};

describe('an unnamed wethouder', () => {
  it('keeps the wethouder role where the text names no wethouder (020, D66 Den Haag)', () => {
    const doc = extractDocument({ text: corpusText('020'), fileName: '020.txt', sha256: 'test', municipality: 'GM0518' }, { commitmentModel: null });
    const commitment = doc.nodes.find((n) => n.label === 'Commitment' && String(n.props.text).includes('heeft de wethouder toegezegd nu eerst met de bewoners'));
    expect(commitment).toBeDefined();
    const by = doc.edges.filter((e) => e.type === 'COMMITTED' && e.to === commitment?.id).map((e) => e.from);
    expect(by).toEqual(['body:gm0518:wethouder']);
    expect(doc.nodes.find((n) => n.id === 'body:gm0518:wethouder')?.props).toMatchObject({ name: 'Wethouder', kind: 'executive' });
  });
});
