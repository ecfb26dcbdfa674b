import { describe, expect, it } from 'vitest';
import { diffSnapshots, digest, type SnapshotRow } from '../../src/change/change-diff.js';

/** diffSnapshots: what one write changed, each touched fact against the feed's last entry about it. */

type Last = SnapshotRow['last'];
const node = (id: string, props: Record<string, unknown> | null, last: Last, evidence = 1): SnapshotRow => ({
  target: 'NODE',
  id,
  kind: props === null ? null : 'Commitment',
  from: null,
  to: null,
  key: null,
  props,
  evidence,
  last,
});
const rel = (from: string, to: string, props: Record<string, unknown> | null, last: Last): SnapshotRow => ({
  target: 'RELATIONSHIP',
  id: `${from}|CONCERNS|${to}|`,
  kind: 'CONCERNS',
  from,
  to,
  key: '',
  props,
  evidence: 0,
  last,
});
const recorded = (props: Record<string, unknown>, evidence = 1): Last => ({ op: 'ADDED', kind: 'Commitment', digest: digest(props, evidence) });
const INGEST = { kind: 'INGEST' as const, sourceOf: (row: SnapshotRow) => (row.id === 'commitment:x:2' ? 'source:b' : 'source:a') };

describe('diffSnapshots', () => {
  it('lists added, updated and retracted facts, nodes first, each in id order, and leaves unchanged ones out', () => {
    const rows = [
      rel('commitment:x:1', 'organisation:x:1', { key: '', sources: ['source:a'] }, { op: 'ADDED', kind: 'CONCERNS', digest: digest({ key: '', sources: ['source:a'] }, 0) }),
      node('commitment:x:4', { text: 'same' }, recorded({ text: 'same' })),
      node('commitment:x:3', null, recorded({ text: 'gone' })),
      node('commitment:x:2', { text: 'new' }, null),
      node('commitment:x:1', { text: 'y' }, recorded({ text: 'x' })),
      node('commitment:x:5', { text: 'back' }, { op: 'RETRACTED', kind: 'Commitment', digest: null }),
      node('commitment:x:6', null, { op: 'RETRACTED', kind: 'Commitment', digest: null }),
    ];
    expect(diffSnapshots(rows, INGEST).map((c) => [c.op, c.target, c.kind, c.id, c.sourceId, c.editor])).toEqual([
      ['UPDATED', 'NODE', 'Commitment', 'commitment:x:1', 'source:a', null],
      ['ADDED', 'NODE', 'Commitment', 'commitment:x:2', 'source:b', null],
      ['RETRACTED', 'NODE', 'Commitment', 'commitment:x:3', 'source:a', null],
      ['ADDED', 'NODE', 'Commitment', 'commitment:x:5', 'source:a', null],
    ]);
  });

  it('records the digest of the new state, none for a retraction, and a label for a node the feed never listed', () => {
    const [added, retracted] = diffSnapshots([node('commitment:x:1', { text: 'x' }, null), node('person:x:2', null, null)], INGEST);
    expect(added?.digest).toBe(digest({ text: 'x' }, 1));
    expect(retracted).toMatchObject({ op: 'RETRACTED', kind: 'Person', digest: null });
  });

  it('gives a relationship its ends and key, and an edit its editor, also when nothing came out different', () => {
    const props = { key: '', sources: ['source:a'] };
    const [change] = diffSnapshots([rel('commitment:x:1', 'organisation:x:1', props, { op: 'UPDATED', kind: 'CONCERNS', digest: digest(props, 0) })], { kind: 'EDIT', editor: 'Sandra Koster' });
    expect(change).toEqual({
      op: 'UPDATED',
      target: 'RELATIONSHIP',
      kind: 'CONCERNS',
      id: 'commitment:x:1|CONCERNS|organisation:x:1|',
      from: 'commitment:x:1',
      to: 'organisation:x:1',
      key: '',
      digest: digest(props, 0),
      originKind: 'EDIT',
      sourceId: null,
      editor: 'Sandra Koster',
    });
  });

  it('sees more evidence of a node as an update, and lists a fact touched twice once', () => {
    const twice = node('commitment:x:1', { text: 'x' }, recorded({ text: 'x' }, 1), 2);
    expect(diffSnapshots([twice, twice], INGEST).map((c) => c.op)).toEqual(['UPDATED']);
  });
});

describe('digest', () => {
  it('ignores the order of keys, of supporting sources and of evidence, not of other lists or types', () => {
    expect(digest({ a: 1, sources: ['s:1', 's:2'], evidence: ['p:2', 'p:1'] }, 2)).toBe(digest({ evidence: ['p:1', 'p:2'], sources: ['s:2', 's:1'], a: 1 }, 2));
    expect(digest({ aliases: ['A', 'B'] }, 0)).not.toBe(digest({ aliases: ['B', 'A'] }, 0));
    expect(digest({ a: 1 }, 0)).not.toBe(digest({ a: '1' }, 0));
    expect(digest({ a: 1 }, 0)).not.toBe(digest({ a: 1 }, 1));
  });
});
