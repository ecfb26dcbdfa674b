import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  defaultFieldResolver,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
} from 'graphql';
import { createContext, type Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { int } from '../../src/db/values.js';
import { FIELD_READS } from '../../src/node/projection.js';
import { resolvers, typeDefs } from '../../src/schema.js';
import { connectTestDatabase, testLogger } from '../support/harness.js';
import { loadSyntheticCommitments } from '../support/synthetic.js';

/**
 * The guard of FIELD_READS (src/node/projection.ts), the hand-kept list of what each field
 * resolver reads from its row: a planned query projects only those properties, so a resolver
 * that reads one more would silently answer null (or a wrong default) on a slim row.
 *
 * Every listed field is resolved here on real nodes of the seeded test database, through the
 * real resolvers, with the row wrapped in a Proxy that records every property the resolver
 * (and whatever it hands the row to) reads. A read outside `id`, `municipality`, `__label` and
 * the field's FIELD_READS entry fails the test, naming the field and the property.
 */

const ALWAYS = new Set(['id', 'municipality', '__label']);
/** Reads that are not a property lookup: graphql-js' promise check on a returned row, and inspection. */
const NOT_DATA = new Set(['then', 'toJSON', 'constructor']);
/** Nodes of each type resolved, those with the most properties first (the most branches taken). */
const NODES_PER_TYPE = 4;

/** `Type.field` -> the row properties its resolver was seen reading; '*' when it enumerated the row. */
const seen = new Map<string, Set<string>>();

function recording(row: object, key: string): object {
  const reads = seen.get(key) ?? new Set<string>();
  seen.set(key, reads);
  return new Proxy(row, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && !NOT_DATA.has(prop)) reads.add(prop);
      return Reflect.get(target, prop, receiver) as unknown;
    },
    has(target, prop) {
      if (typeof prop === 'string') reads.add(prop);
      return Reflect.has(target, prop);
    },
    ownKeys(target) {
      reads.add('*');
      return Reflect.ownKeys(target);
    },
  });
}

type ResolverMap = Record<string, Record<string, unknown>>;

/** The resolver map with every FIELD_READS field wrapped so that its row records what is read. */
function recordingResolvers(): ResolverMap {
  const map = resolvers() as unknown as ResolverMap;
  const out: ResolverMap = { ...map };
  for (const [type, fields] of Object.entries(FIELD_READS)) {
    const own = { ...(map[type] ?? {}) };
    for (const field of Object.keys(fields)) {
      const given = own[field];
      const resolve = (typeof given === 'function' ? given : defaultFieldResolver) as GraphQLFieldResolver<unknown, Context>;
      own[field] = (source: unknown, args: Record<string, unknown>, ctx: Context, info: Parameters<typeof resolve>[3]) =>
        resolve(typeof source === 'object' && source !== null ? recording(source, `${type}.${field}`) : source, args, ctx, info);
    }
    out[type] = own;
  }
  return out;
}

const schema = buildSchema(typeDefs());

/** A selection of the field: itself when a leaf, else `__typename` and the leaves of its type that need no argument. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (required.length > 0) throw new Error(`${field.name} has a required argument: give this test a value for it`);
  const named = getNamedType(field.type);
  if (isLeafType(named)) return field.name;
  const leaves = isObjectType(named)
    ? Object.values(named.getFields())
        .filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0)
        .map((f) => f.name)
    : [];
  return `${field.name} { __typename ${leaves.join(' ')} }`;
}

let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  db = connectTestDatabase();
  await loadSyntheticCommitments(db);
  server = new ApolloServer<Context>({ typeDefs: typeDefs(), resolvers: recordingResolvers() as never });
  await server.start();
});

afterAll(async () => {
  await server.stop();
  await db.close();
});

describe('FIELD_READS (src/node/projection.ts)', () => {
  it('names only fields the schema has', () => {
    const missing = Object.entries(FIELD_READS).flatMap(([type, fields]) => {
      const t = schema.getType(type);
      return Object.keys(fields).filter((f) => t === undefined || !isObjectType(t) || t.getFields()[f] === undefined).map((f) => `${type}.${f}`);
    });
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(FIELD_READS))('lists every property the resolvers of %s read', async (type) => {
    const object = schema.getType(type) as GraphQLObjectType;
    const listed = FIELD_READS[type] ?? {};
    const rows = await db.read<{ id: string }>(
      'MATCH (n) WHERE $label IN labels(n) WITH n ORDER BY size(keys(n)) DESC, n.id LIMIT $n RETURN n.id AS id',
      { label: type, n: int(NODES_PER_TYPE) },
    );
    expect(rows.length).toBeGreaterThan(0);
    const selection = Object.keys(listed)
      .map((f) => {
        const field = object.getFields()[f];
        if (field === undefined) throw new Error(`${type}.${f} is not in the schema`);
        return selectionOf(field);
      })
      .join('\n');
    for (const key of Object.keys(listed)) seen.delete(`${type}.${key}`);
    for (const { id } of rows) {
      const response = await server.executeOperation(
        { query: `query FieldReads($id: ID!) { node(id: $id) { ... on ${type} { ${selection} } } }`, variables: { id } },
        { contextValue: createContext(db, testLogger) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      expect(response.body.singleResult.errors).toBeUndefined();
      expect(response.body.singleResult.data?.node).not.toBeNull();
    }
    const unlisted = Object.entries(listed).flatMap(([field, reads]) => {
      const allowed = new Set([...ALWAYS, ...reads]);
      return [...(seen.get(`${type}.${field}`) ?? [])].filter((p) => !allowed.has(p)).map((p) => `${type}.${field} reads '${p}'`);
    });
    expect(unlisted).toEqual([]);
    // Every listed field was resolved at least once, so the check above saw its reads.
    expect(Object.keys(listed).filter((f) => !seen.has(`${type}.${f}`))).toEqual([]);
  });
});
