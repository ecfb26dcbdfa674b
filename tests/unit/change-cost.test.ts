import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../src/http/query-limits.js';
import { typeDefs } from '../../src/schema.js';

/**
 * The change feed's page size drives its cost like every connection's `first`: the README's
 * sync query (100 entries with their node, relationship and origin) is well within the default
 * limit of 50,000, and its cost grows with `first`.
 */
const schema = buildSchema(typeDefs());
const readmeQuery = (): string => {
  const block = /<!-- change-feed-example:start -->\n```graphql\n([\s\S]*?)```\n<!-- change-feed-example:end -->/.exec(readFileSync('README.md', 'utf8'));
  if (block?.[1] === undefined) throw new Error('the README has no change feed example');
  return block[1];
};

describe('the cost of the change feed', () => {
  it('multiplies an entry by `first`', () => {
    const query = readmeQuery();
    const full = operationCost(schema, parse(query), { since: '2026-01-01T00:00:00Z' }, 'ChangesSince');
    const small = operationCost(schema, parse(query.replace('first: 100', 'first: 10')), { since: '2026-01-01T00:00:00Z' }, 'ChangesSince');
    expect(full).toBeLessThan(50_000);
    expect(full - 1).toBeGreaterThan(9 * (small - 1));
    expect(operationCost(schema, parse('query Zero { changes(since: "2026-01-01T00:00:00Z", first: 0) { totalCount edges { node { id } } } }'), {}, 'Zero')).toBeLessThan(10);
  });
});
