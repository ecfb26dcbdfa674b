import { describe, expect, it } from 'vitest';
import { NO_COMMITMENT_FILTER } from '../support/shapes.js';
import { COMMITMENT_HOPS } from '../../src/commitment/commitment-hops.js';
import type { CommitmentPlan } from '../../src/commitment/commitment-plan.js';
import { commitmentTripCypher, commitmentTripsByActorCypher } from '../../src/commitment/commitment-query.js';
import { MEETING_HOPS } from '../../src/meeting/meeting-hops.js';
import { hopSubquery } from '../../src/node/hop-cypher.js';
import { anyEntity, hop } from '../../src/relations.js';

/**
 * The Cypher of a planned commitment page (one round trip: page, count and the selected
 * relationship fields), pinned so a reviewer reads what the database gets. Values are
 * parameters only; the names written into the text are the hops' constants.
 */

const NONE = NO_COMMITMENT_FILTER;

const lines = (...l: string[]) => l.join('\n');
const node = (m: string) => `${m} {.*, __label: [l IN labels(${m}) WHERE l <> 'Entity'][0], sources: null}`;

describe('planned commitment page Cypher', () => {
  it('counts from the count store, pages by the dueLatest index, then fetches madeBy, madeIn with its body, and evidence per row of the page', () => {
    const plan: CommitmentPlan = {
      totalCount: true,
      evidence: true,
      row: null,
      hops: [
        { field: 'madeBy', hop: COMMITMENT_HOPS.madeBy, next: [] },
        { field: 'madeIn', hop: COMMITMENT_HOPS.madeIn, next: [{ field: 'body', hop: MEETING_HOPS.body, next: [] }] },
      ],
    };
    expect(commitmentTripCypher(NONE, 'DUE_ASC', 'first', plan)).toBe(
      lines(
        '// commitments: a page with its planned fields, in one round trip',
        'CALL () {',
        '  MATCH (c:Commitment)',
        '  RETURN count(c) AS total',
        '}',
        'CALL () {',
        '  CALL () {',
        '    MATCH (c:Commitment)',
        '    WHERE c.dueLatest IS NOT NULL',
        '    WITH c ORDER BY c.dueLatest, c.id LIMIT $limit',
        '    RETURN collect(c) AS keyed',
        '  }',
        '  CALL (keyed) {',
        '    WITH keyed WHERE size(keyed) < $limit',
        '    CALL () {',
        '      MATCH (c:Commitment)',
        '      WHERE c.dueLatest IS NULL',
        '      WITH c ORDER BY c.id LIMIT $limit',
        '      RETURN c',
        '    }',
        '    RETURN collect(c) AS unkeyed',
        '  }',
        '  WITH (keyed + unkeyed)[..$limit] AS rows',
        '  UNWIND range(0, size(rows) - 1) AS ord',
        '  WITH rows[ord] AS c, ord',
        '  CALL (c) {',
        '    MATCH (c)<-[r1:COMMITTED]-(m1:Entity)',
        '    WHERE m1:Person|Fractie|Organisation|Body',
        '    WITH r1, m1 ORDER BY coalesce(m1.position, 0), m1.id',
        `    RETURN collect({type: type(r1), rel: r1 {.*, sources: null}, node: ${node('m1')}, next: {}}) AS madeBy`,
        '  }',
        '  CALL (c) {',
        '    MATCH (c)-[r1:MADE_IN]->(m1:Entity)',
        '    WHERE m1:Meeting',
        '    CALL (m1) {',
        '      MATCH (m1)-[r2:OF_BODY]->(m2:Entity)',
        '      WHERE m2:Body',
        '      WITH r2, m2 ORDER BY coalesce(m2.position, 0), m2.id',
        `      RETURN collect({type: type(r2), rel: r2 {.*, sources: null}, node: ${node('m2')}, next: {}}) AS body`,
        '    }',
        '    WITH r1, m1, body ORDER BY coalesce(m1.position, 0), m1.id',
        `    RETURN collect({type: type(r1), rel: r1 {.*, sources: null}, node: ${node('m1')}, next: {body: body}}) AS madeIn`,
        '  }',
        '  CALL (c) {',
        '    MATCH (c)-[:EVIDENCED_BY]->(p:Passage)-[:FROM_SOURCE]->(s:Source)',
        '    WITH p, s ORDER BY s.fileName, p.start, p.end',
        '    RETURN collect({passage: p {.id, .quote, .start, .end, sourceId: s.id},',
        '      source: s {.id, .fileName, .municipality, .format, .sha256, .ingestedAt, .url, .title, .publishedAt, .textLength}}) AS evidence',
        '  }',
        '  WITH c, ord, madeBy, madeIn, evidence ORDER BY ord',
        "  RETURN collect({row: c {.*, __label: 'Commitment', sources: null}, key: toString(c.dueLatest), related: {madeBy: madeBy, madeIn: madeIn}, evidence: evidence}) AS page",
        '}',
        'RETURN total, page',
      ),
    );
  });

  it('without totalCount returns a null total; the per-actor form anchors each page at actorId', () => {
    const plan: CommitmentPlan = { totalCount: false, evidence: false, row: null, hops: [{ field: 'concerns', hop: COMMITMENT_HOPS.concerns, next: [] }] };
    const single = commitmentTripCypher(NONE, 'DATE_DESC', 'first', plan);
    expect(single.split('\n').at(-1)).toBe('RETURN null AS total, page');
    expect(single).not.toContain('count(');
    // A hop to any label has no label condition.
    expect(single).toContain('MATCH (c)-[r1:CONCERNS]->(m1:Entity)\n    WITH r1, m1 ORDER BY');
    const perActor = commitmentTripsByActorCypher(NONE, 'DUE_ASC', 'after-unkeyed', { ...plan, totalCount: true });
    expect(perActor.split('\n').slice(0, 5)).toEqual([
      '// commitments of each actor: a page with its planned fields, in one round trip',
      'UNWIND $actorIds AS actorId',
      'CALL (actorId) {',
      '  MATCH (:Entity {id: actorId})-[:COMMITTED]->(c:Commitment)',
      '  WITH DISTINCT c',
    ]);
    expect(perActor).toContain('  WITH unkeyed AS rows\n  UNWIND range(0, size(rows) - 1) AS ord');
    expect(perActor.split('\n').at(-1)).toBe('RETURN actorId, total, page');
  });

  it('writes only plain names into the text', () => {
    expect(() => hopSubquery('c', { field: 'x', hop: hop('out', ['A]->(n) DETACH DELETE n//'], [], anyEntity), next: [] })).toThrow(/cannot be written/);
    expect(() => hopSubquery('c', { field: 'x', hop: hop('out', ['CONCERNS'], ['Person` OR true'], anyEntity), next: [] })).toThrow(/cannot be written/);
    expect(() => hopSubquery('c', { field: 'x} AS y', hop: COMMITMENT_HOPS.concerns, next: [] })).toThrow(/cannot be written/);
  });
});
