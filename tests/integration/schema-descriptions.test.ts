import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { closeTestServer, execute, openTestServer } from '../support/harness.js';

/**
 * The schema documents itself: every type of ours (object, interface, union, enum, input,
 * scalar), every field, argument, input field and enum value has a description, read back
 * through introspection of the running server. The failure lists each one that lacks it.
 */
let db: Database;
let server: ApolloServer<Context>;

beforeAll(async () => {
  ({ db, server } = await openTestServer());
});

afterAll(() => closeTestServer(server, db));

const DESCRIBED = /* GraphQL */ `
  query SchemaDescriptions {
    __schema {
      types {
        kind
        name
        description
        fields(includeDeprecated: true) { name description args { name description } }
        inputFields { name description }
        enumValues(includeDeprecated: true) { name description }
      }
    }
  }
`;

interface Described {
  readonly name: string;
  readonly description: string | null;
}
interface IntrospectedType extends Described {
  readonly kind: string;
  readonly fields: (Described & { readonly args: Described[] })[] | null;
  readonly inputFields: Described[] | null;
  readonly enumValues: Described[] | null;
}

/** Scalars graphql-js defines; their descriptions are not ours to write. */
const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);

const blank = (d: Described): boolean => d.description === null || d.description.trim() === '';

/** Schema coordinates (`Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE`) without a description. */
function undescribed(types: readonly IntrospectedType[]): string[] {
  const missing: string[] = [];
  for (const type of types) {
    if (type.name.startsWith('__') || BUILT_IN_SCALARS.has(type.name)) continue;
    if (blank(type)) missing.push(type.name);
    for (const field of type.fields ?? []) {
      if (blank(field)) missing.push(`${type.name}.${field.name}`);
      for (const arg of field.args) if (blank(arg)) missing.push(`${type.name}.${field.name}(${arg.name}:)`);
    }
    for (const field of type.inputFields ?? []) if (blank(field)) missing.push(`${type.name}.${field.name}`);
    for (const value of type.enumValues ?? []) if (blank(value)) missing.push(`${type.name}.${value.name}`);
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    const result = await execute(server, db, DESCRIBED);
    expect(result.errors).toBeUndefined();
    const types = (result.data?.__schema as { types: IntrospectedType[] }).types;
    // The introspection must actually reach our types, or an empty list would pass.
    expect(types.map((t) => t.name)).toEqual(expect.arrayContaining(['Query', 'Mutation', 'Commitment', 'Date', 'CommitmentStatus', 'CommitmentFilter']));
    const missing = undescribed(types);
    expect(missing, `${missing.length} schema elements lack a description:\n  ${missing.join('\n  ')}`).toEqual([]);
  });
});
