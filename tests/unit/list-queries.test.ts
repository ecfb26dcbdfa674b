import { describe, expect, it } from 'vitest';
import { NO_COMMITMENT_FILTER } from '../support/shapes.js';
import { commitmentCountCypher, commitmentCountsByActorCypher, commitmentPageCypher, commitmentPagesByActorCypher } from '../../src/commitment/commitment-query.js';
import { keysetStart } from '../../src/keyset-cypher.js';
import { requestCountCypher, requestPageCypher, type RequestShape } from '../../src/request/request-query.js';
import { actorCountCypher } from '../../src/actor/actor-query.js';
import { COMMITMENT_HOPS } from '../../src/commitment/commitment-hops.js';
import { dossierCountCypher, dossierPageCypher } from '../../src/dossier/dossier-query.js';
import { MEETING_HOPS } from '../../src/meeting/meeting-hops.js';
import { meetingCountCypher, meetingPageCypher, meetingTripCypher } from '../../src/meeting/meeting-query.js';
import { hopSubquery, isCompactHop } from '../../src/node/hop-cypher.js';
import { lookupCypher } from '../../src/node/lookup.js';
import { anyEntity, hop } from '../../src/relations.js';

/**
 * The generated Cypher of the list builders, pinned: a reviewer reads here what the database
 * gets for each shape. Conditions appear only for the filters given (no `$x IS NULL OR`), so the
 * planner can seek the indexes; values are parameters only.
 */

const NONE = NO_COMMITMENT_FILTER;
const NO_REQUEST_FILTER: RequestShape = { raisedBy: false, kind: false, dossier: false, meeting: false, concerns: false, municipality: false, from: false, to: false, text: false };

const lines = (...l: string[]) => l.join('\n');

describe('commitment list Cypher', () => {
  it('unfiltered first page: keyed rows in dueLatest index order, then undated rows only when the page is not full', () => {
    expect(commitmentPageCypher(NONE, 'DUE_ASC', 'first')).toBe(
      lines(
        'CALL () {',
        '  MATCH (c:Commitment)',
        '  WHERE c.dueLatest IS NOT NULL',
        '  WITH c ORDER BY c.dueLatest, c.id LIMIT $limit',
        '  RETURN collect(c) AS keyed',
        '}',
        'CALL (keyed) {',
        '  WITH keyed WHERE size(keyed) < $limit',
        '  CALL () {',
        '    MATCH (c:Commitment)',
        '    WHERE c.dueLatest IS NULL',
        '    WITH c ORDER BY c.id LIMIT $limit',
        '    RETURN c',
        '  }',
        '  RETURN collect(c) AS unkeyed',
        '}',
        'UNWIND (keyed + unkeyed)[..$limit] AS c',
        "RETURN c {.*, __label: 'Commitment', sources: null} AS row, toString(c.dueLatest) AS key",
      ),
    );
  });

  it('OPEN in a municipality after a dated cursor: open is a range on dueLatest where the row has one', () => {
    expect(commitmentPageCypher({ ...NONE, status: 'open', municipality: true }, 'DUE_ASC', 'after-keyed')).toBe(
      lines(
        'CALL () {',
        '  MATCH (c:Commitment)',
        '  WHERE c.municipality = $municipality',
        "    AND (c.status = 'open' OR c.curatedStatus = 'open') AND coalesce(c.curatedStatus, c.status) = 'open'",
        '    AND c.dueLatest >= date($today)',
        '    AND c.dueLatest IS NOT NULL',
        '    AND c.dueLatest >= date($afterKey)',
        '    AND (c.dueLatest > date($afterKey) OR c.id > $afterId)',
        '  WITH c ORDER BY c.dueLatest, c.id LIMIT $limit',
        '  RETURN collect(c) AS keyed',
        '}',
        'CALL (keyed) {',
        '  WITH keyed WHERE size(keyed) < $limit',
        '  CALL () {',
        '    MATCH (c:Commitment)',
        '    WHERE c.municipality = $municipality',
        "      AND (c.status = 'open' OR c.curatedStatus = 'open') AND coalesce(c.curatedStatus, c.status) = 'open'",
        '      AND c.dueLatest IS NULL',
        '    WITH c ORDER BY c.id LIMIT $limit',
        '    RETURN c',
        '  }',
        '  RETURN collect(c) AS unkeyed',
        '}',
        'UNWIND (keyed + unkeyed)[..$limit] AS c',
        "RETURN c {.*, __label: 'Commitment', sources: null} AS row, toString(c.dueLatest) AS key",
      ),
    );
  });

  it('madeBy anchors the match at the actor; after an undated cursor only undated rows remain', () => {
    expect(commitmentPageCypher({ ...NONE, madeBy: true, policy: true, text: true }, 'DATE_DESC', 'after-unkeyed')).toBe(
      lines(
        'CALL () {',
        '  MATCH (:Entity {id: $madeBy})-[:COMMITTED]->(c:Commitment)',
        '  WITH DISTINCT c',
        '  WHERE (EXISTS { MATCH (c)-[:CONCERNS|IMPLEMENTS]->(:Policy {id: $policy}) }',
        '     OR EXISTS { MATCH (c)-[:IN_DOSSIER|CONCERNS]->()-[:IMPLEMENTS]->(:Policy {id: $policy}) })',
        '    AND toLower(c.text) CONTAINS toLower($text)',
        '    AND c.date IS NULL',
        '    AND c.id > $afterId',
        '  WITH c ORDER BY c.id LIMIT $limit',
        '  RETURN collect(c) AS unkeyed',
        '}',
        'UNWIND unkeyed AS c',
        "RETURN c {.*, __label: 'Commitment', sources: null} AS row, toString(c.date) AS key",
      ),
    );
  });

  it('OVERDUE has no undated rows, so no second phase; DESC keysets compare downwards', () => {
    const text = commitmentPageCypher({ ...NONE, status: 'overdue' }, 'DUE_DESC', 'after-keyed');
    expect(text).toContain('WITH c ORDER BY c.dueLatest DESC, c.id LIMIT $limit');
    expect(text).toContain('AND c.dueLatest <= date($afterKey)\n    AND (c.dueLatest < date($afterKey) OR c.id > $afterId)');
    expect(text).not.toContain('IS NULL');
    expect(text).toContain('UNWIND keyed AS c\n');
  });

  it('dueBefore rules out a missing due date: a list by due date is the keyed phase alone; by date it keeps both', () => {
    expect(commitmentPageCypher({ ...NONE, municipality: true, dueBefore: true }, 'DUE_ASC', 'first')).toBe(
      lines(
        'CALL () {',
        '  MATCH (c:Commitment)',
        '  WHERE c.municipality = $municipality',
        '    AND c.dueLatest <= date($dueBefore)',
        '    AND c.dueLatest IS NOT NULL',
        '  WITH c ORDER BY c.dueLatest, c.id LIMIT $limit',
        '  RETURN collect(c) AS keyed',
        '}',
        'UNWIND keyed AS c',
        "RETURN c {.*, __label: 'Commitment', sources: null} AS row, toString(c.dueLatest) AS key",
      ),
    );
    const byDate = commitmentPageCypher({ ...NONE, dueBefore: true }, 'DATE_DESC', 'first');
    expect(byDate).toContain('c.date IS NULL');
    expect(byDate).toContain('UNWIND (keyed + unkeyed)[..$limit] AS c');
  });

  it('an unfiltered count is one the count store answers; a filtered one anchors and counts', () => {
    expect(commitmentCountCypher(NONE)).toBe('MATCH (c:Commitment)\nRETURN count(c) AS total');
    expect(commitmentCountCypher({ ...NONE, dossier: true, status: 'overdue', minConfidence: true })).toBe(
      lines(
        'MATCH (:Entity {id: $dossier})<-[:IN_DOSSIER]-(c:Commitment)',
        'WITH DISTINCT c',
        "WHERE (c.status = 'open' OR c.curatedStatus = 'open') AND coalesce(c.curatedStatus, c.status) = 'open'",
        '  AND c.dueLatest < date($today)',
        '  AND c.confidence >= $minConfidence',
        'RETURN count(c) AS total',
      ),
    );
  });

  it('the per-actor batch applies the same conditions, anchored at each actorId', () => {
    expect(commitmentCountsByActorCypher({ ...NONE, madeBy: true, status: 'fulfilled' })).toBe(
      lines(
        'UNWIND $actorIds AS actorId',
        'CALL (actorId) {',
        '  MATCH (:Entity {id: actorId})-[:COMMITTED]->(c:Commitment)',
        '  WITH DISTINCT c',
        "  WHERE (c.status = 'fulfilled' OR c.curatedStatus = 'fulfilled') AND coalesce(c.curatedStatus, c.status) = 'fulfilled'",
        '  RETURN count(c) AS total',
        '}',
        'RETURN actorId, total',
      ),
    );
    const page = commitmentPagesByActorCypher({ ...NONE, municipality: true }, 'DUE_ASC', 'first');
    // an actor's first page in due order is one sort: the undated rows come last, by id, as the two phases give them
    expect(page).toBe(
      lines(
        'UNWIND $actorIds AS actorId',
        'CALL (actorId) {',
        '  CALL (actorId) {',
        '    MATCH (:Entity {id: actorId})-[:COMMITTED]->(c:Commitment)',
        '    WITH DISTINCT c',
        '    WHERE c.municipality = $municipality',
        '    WITH c ORDER BY c.dueLatest, c.id LIMIT $limit',
        '    RETURN collect(c) AS sorted',
        '  }',
        '  UNWIND sorted AS c',
        "  RETURN collect({row: c {.*, __label: 'Commitment', sources: null}, key: toString(c.dueLatest)}) AS page",
        '}',
        'RETURN actorId, page',
      ),
    );
    // with a status filter the two phases differ in their conditions, and stay two; so do later pages and DESC lists
    expect(commitmentPagesByActorCypher({ ...NONE, status: 'open' }, 'DUE_ASC', 'first')).toContain('WITH keyed WHERE size(keyed) < $limit');
    expect(commitmentPagesByActorCypher(NONE, 'DUE_ASC', 'after-keyed')).toContain('WITH keyed WHERE size(keyed) < $limit');
    expect(commitmentPagesByActorCypher(NONE, 'DUE_DESC', 'first')).toContain('WITH keyed WHERE size(keyed) < $limit');
  });

  it('each filter adds its own parameter and nothing else; none tests a parameter for null', () => {
    const flags = ['madeBy', 'dueBefore', 'dueAfter', 'dossier', 'policy', 'concerns', 'meeting', 'municipality', 'text', 'minConfidence'] as const;
    const params = (text: string) => new Set([...text.matchAll(/\$([A-Za-z]+)/g)].map((m) => m[1]));
    const base = params(commitmentPageCypher(NONE, 'DUE_ASC', 'first'));
    expect([...base].sort()).toEqual(['limit']);
    for (const f of flags) {
      const text = commitmentPageCypher({ ...NONE, [f]: true }, 'DUE_ASC', 'first');
      expect([...params(text)].sort(), f).toEqual([f, 'limit'].sort());
      expect(commitmentCountCypher({ ...NONE, [f]: true }), f).toContain(`$${f}`);
    }
    for (const status of ['open', 'fulfilled', 'withdrawn', 'overdue'] as const) {
      for (const order of ['DUE_ASC', 'DUE_DESC', 'DATE_DESC'] as const) {
        for (const start of ['first', 'after-keyed', 'after-unkeyed'] as const) {
          expect(commitmentPageCypher({ ...NONE, status }, order, start)).not.toMatch(/\$\w+ IS NULL/);
        }
      }
    }
  });
});

describe('request list Cypher', () => {
  it('newest first by the date index, anchored at the meeting when one is given', () => {
    expect(requestPageCypher({ ...NO_REQUEST_FILTER, kind: true, meeting: true }, 'first')).toBe(
      lines(
        'CALL () {',
        '  MATCH (:Entity {id: $meeting})<-[:MADE_IN]-(n:Request)',
        '  WITH DISTINCT n',
        '  WHERE n.kind = $kind',
        '    AND n.date IS NOT NULL',
        '  WITH n ORDER BY n.date DESC, n.id LIMIT $limit',
        '  RETURN collect(n) AS keyed',
        '}',
        'CALL (keyed) {',
        '  WITH keyed WHERE size(keyed) < $limit',
        '  CALL () {',
        '    MATCH (:Entity {id: $meeting})<-[:MADE_IN]-(n:Request)',
        '    WITH DISTINCT n',
        '    WHERE n.kind = $kind',
        '      AND n.date IS NULL',
        '    WITH n ORDER BY n.id LIMIT $limit',
        '    RETURN n',
        '  }',
        '  RETURN collect(n) AS unkeyed',
        '}',
        'UNWIND (keyed + unkeyed)[..$limit] AS n',
        "RETURN n {.*, __label: 'Request', sources: null} AS row, toString(n.date) AS key",
      ),
    );
    expect(requestCountCypher(NO_REQUEST_FILTER)).toBe('MATCH (n:Request)\nRETURN count(n) AS total');
  });
});

describe('keysetStart', () => {
  it('tells the three starts apart', () => {
    expect(keysetStart(null)).toBe('first');
    expect(keysetStart({ key: '2024-01-01' })).toBe('after-keyed');
    expect(keysetStart({ key: null })).toBe('after-unkeyed');
  });
});

describe('meeting, actor and dossier list Cypher', () => {
  const NO_MEETING_FILTER = { municipality: false, body: false, from: false, to: false, text: false };

  it("a municipality's meetings newest first by start, the undated last; a body anchors the match", () => {
    const text = meetingPageCypher({ ...NO_MEETING_FILTER, municipality: true }, 'first');
    expect(text).toContain(lines('  MATCH (n:Meeting)', '  WHERE n.municipality = $municipality', '    AND n.start IS NOT NULL', '  WITH n ORDER BY n.start DESC, n.id LIMIT $limit'));
    expect(text).toContain('RETURN n {.*, __label: \'Meeting\', sources: null} AS row, toString(n.start) AS key');
    expect(meetingPageCypher({ ...NO_MEETING_FILTER, body: true }, 'after-keyed')).toContain(
      lines('  MATCH (:Entity {id: $body})<-[:OF_BODY]-(n:Meeting)', '  WITH DISTINCT n', '  WHERE n.start IS NOT NULL', '    AND n.start <= localdatetime($afterKey)'),
    );
    expect(meetingCountCypher(NO_MEETING_FILTER)).toBe(lines('MATCH (n:Meeting)', 'RETURN count(n) AS total'));
    expect(meetingCountCypher({ ...NO_MEETING_FILTER, municipality: true, text: true })).toBe(
      lines('MATCH (n:Meeting)', 'WHERE n.municipality = $municipality', '  AND toLower(n.title) CONTAINS toLower($text)', 'RETURN count(n) AS total'),
    );
  });

  it('a planned meeting page counts, pages and fetches each meeting\'s body in one query', () => {
    const text = meetingTripCypher({ ...NO_MEETING_FILTER, municipality: true }, 'first', { totalCount: true, evidence: false, hops: [{ field: 'body', hop: MEETING_HOPS.body, next: [] }] });
    expect(text.startsWith(lines('// meetings: a page with its planned fields, in one round trip', 'CALL () {', '  MATCH (n:Meeting)', '  WHERE n.municipality = $municipality', '  RETURN count(n) AS total', '}'))).toBe(true);
    expect(text).toContain('MATCH (n)-[r1:OF_BODY]->(m1:Entity)');
    expect(text.endsWith('RETURN total, page')).toBe(true);
  });

  it("a slim hop of one type returns its far ends alone, the label a literal; a complete hop returns edges", () => {
    const slim = { field: 'body', hop: MEETING_HOPS.body, next: [], node: ['id', 'municipality'], rel: false } as const;
    expect(isCompactHop(slim)).toBe(true);
    expect(hopSubquery('n', slim)).toBe(
      lines(
        'CALL (n) {',
        '  MATCH (n)-[r1:OF_BODY]->(m1:Entity)',
        '  WHERE m1:Body',
        '  WITH collect(m1) AS found',
        '  UNWIND CASE WHEN size(found) < 2 THEN found ELSE COLLECT { UNWIND found AS f WITH f ORDER BY coalesce(f.position, 0), f.id RETURN f } END AS m1',
        "  RETURN collect(m1 {.id, .municipality, __label: 'Body'}) AS body",
        '}',
      ),
    );
    // any far end (no label to write): the label is read from the node
    const concerns = { field: 'concerns', hop: COMMITMENT_HOPS.concerns, next: [], node: ['id', 'municipality'], rel: false } as const;
    expect(hopSubquery('c', concerns)).toContain("RETURN collect(m1 {.id, .municipality, __label: [l IN labels(m1) WHERE l <> 'Entity'][0]}) AS concerns");
    // two relationship types: each far end keeps its type
    const twoTypes = { field: 'x', hop: hop('out', ['MADE_IN', 'IN_DOSSIER'], [], anyEntity), next: [], node: ['id', 'municipality'], rel: false } as const;
    expect(isCompactHop(twoTypes)).toBe(false);
    expect(hopSubquery('c', twoTypes)).toContain('RETURN collect({type: t, rel: {}, node: m1 {.id, .municipality, ');
    // relationship properties wanted, or hops beyond: edges as the related loaders hold them
    const complete = { field: 'body', hop: MEETING_HOPS.body, next: [] };
    expect(isCompactHop(complete)).toBe(false);
    expect(hopSubquery('n', complete)).toContain('RETURN collect({type: type(r1), rel: r1 {.*, sources: null}, node: m1 {.*, ');
  });

  it('actor counts: the count store without a filter, each filter its own condition', () => {
    const none = { municipality: null, text: null, kind: null };
    expect(actorCountCypher('Person', none)).toBe(lines('MATCH (n:Person)', 'RETURN count(n) AS total'));
    expect(actorCountCypher('Person', { ...none, municipality: 'GM0505', kind: 'x' })).toBe(lines('MATCH (n:Person)', 'WHERE n.municipality = $municipality', 'RETURN count(n) AS total'));
    expect(actorCountCypher('Organisation', { municipality: null, text: 'zorg', kind: 'x' })).toBe(
      lines(
        'MATCH (n:Organisation)',
        'WHERE n.kind = $kind',
        '  AND (toLower(n.name) CONTAINS toLower($text) OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($text)))',
        'RETURN count(n) AS total',
      ),
    );
  });

  it('dossiers in id order: the cursor and the municipality appear only when given', () => {
    expect(dossierPageCypher(false, false)).toBe(lines('MATCH (d:Dossier)', "RETURN d {.*, __label: 'Dossier', sources: null} AS row", 'ORDER BY d.id', 'LIMIT $limit'));
    expect(dossierPageCypher(true, true)).toContain('WHERE d.id > $after AND d.municipality = $municipality');
    expect(dossierCountCypher(false)).toBe(lines('MATCH (d:Dossier)', 'RETURN count(d) AS total'));
  });

  it('a lookup by id matches the node by the entity id and its label, then the planned hops', () => {
    const text = lookupCypher('Commitment', { hops: [{ field: 'madeBy', hop: COMMITMENT_HOPS.madeBy, next: [] }], evidence: false });
    expect(text).toContain(lines('MATCH (n:Entity {id: $id})', 'WHERE n:Commitment', 'CALL (n) {', '  MATCH (n)<-[r1:COMMITTED]-(m1:Entity)'));
    expect(text.endsWith("AS row, {madeBy: madeBy} AS related, [] AS evidence")).toBe(true);
  });
});
