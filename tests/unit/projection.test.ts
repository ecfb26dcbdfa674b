import { buildSchema, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { FieldsByTypeName, ResolveTree } from 'graphql-parse-resolve-info';
import { describe, expect, it } from 'vitest';
import { nodeProjection, projectionOf } from '../../src/node/projection.js';
import { resolvers, typeDefs } from '../../src/schema.js';

/** The schema with the real resolvers attached, as the server's executable schema has them. */
function executableSchema(): GraphQLSchema {
  const schema = buildSchema(typeDefs());
  for (const [typeName, fields] of Object.entries(resolvers() as Record<string, unknown>)) {
    const type = schema.getType(typeName);
    if (type === undefined || !('getFields' in type) || fields === null || typeof fields !== 'object') continue;
    const defined = type.getFields() as Record<string, { resolve?: GraphQLFieldResolver<unknown, unknown> }>;
    for (const [name, value] of Object.entries(fields as Record<string, unknown>)) {
      const field = defined[name];
      if (field !== undefined && (typeof value === 'function' || (typeof value === 'object' && value !== null && 'resolve' in value))) {
        field.resolve = () => null;
      }
    }
  }
  return schema;
}

const schema = executableSchema();

/** A selection of `fields` (names, or [name, nested selection]) under `type`. */
function sel(type: string, ...fields: (string | [string, FieldsByTypeName])[]): FieldsByTypeName {
  const out: Record<string, ResolveTree> = {};
  for (const f of fields) {
    const [name, nested] = typeof f === 'string' ? [f, {}] : f;
    out[name] = { name, alias: name, args: {}, fieldsByTypeName: nested };
  }
  return { [type]: out };
}

describe('projectionOf', () => {
  it('reads a default-resolved field by its name and a resolver field by FIELD_READS; relationship fields need only the id', () => {
    expect(projectionOf(schema, [sel('Commitment', 'id', 'date', 'status', ['madeIn', sel('Meeting', 'id')], '__typename')])).toEqual([
      'curatedStatus',
      'date',
      'dueLatest',
      'id',
      'municipality',
      'status',
    ]);
    expect(projectionOf(schema, [sel('Dossier', 'id', 'number', ['documents', sel('Document', 'id')])])).toEqual(['id', 'municipality', 'number']);
  });

  it('takes the union of every selection of the node (aliases, fragments)', () => {
    expect(projectionOf(schema, [sel('Commitment', 'id'), sel('Commitment', 'text', ['due', {}])])).toEqual([
      'dueEarliest',
      'dueLatest',
      'dueText',
      'id',
      'municipality',
      'text',
    ]);
  });

  it('reads an interface selection over every type that implements it', () => {
    expect(projectionOf(schema, [sel('Actor', 'id', 'name')])).toEqual(['id', 'municipality', 'name']);
  });

  it('falls back to the whole node for a field whose reads are not listed, and for a type without a list', () => {
    // Person.roles hands the person row itself on to Role
    expect(projectionOf(schema, [sel('Person', 'id', ['roles', {}])])).toBeNull();
    expect(projectionOf(schema, [sel('Official', 'role')])).toBeNull();
    expect(projectionOf(schema, [sel('Municipality', 'cbsCode')])).toBeNull();
    expect(projectionOf(schema, [sel('Commitment', 'id'), sel('NoSuchType', 'id')])).toBeNull();
  });
});

describe('nodeProjection', () => {
  it('writes the listed properties, or the whole node with sources nulled', () => {
    expect(nodeProjection('m', ['id', 'municipality', 'title'], "'Meeting'")).toBe("m {.id, .municipality, .title, __label: 'Meeting'}");
    expect(nodeProjection('m', null, "'Meeting'")).toBe("m {.*, __label: 'Meeting', sources: null}");
  });

  it('refuses a property that is no plain name, and sources', () => {
    expect(() => nodeProjection('m', ['id', 'x}) DETACH DELETE m //'], "'Meeting'")).toThrow(/cannot be written/);
    expect(() => nodeProjection('m', ['sources'], "'Meeting'")).toThrow(/cannot be written/);
  });
});
