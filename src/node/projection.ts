import type { GraphQLAbstractType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema, GraphQLType } from 'graphql';
import type { FieldsByTypeName } from 'graphql-parse-resolve-info';

/**
 * Which stored properties of a node a selection set needs, so that a planned query projects
 * those and not the whole node (a dossier's long summary, a commitment's full text). Read from
 * the selection (graphql-parse-resolve-info's fieldsByTypeName) against the executable schema:
 *
 * - a field with no resolver of its own is read by graphql-js' default resolver from the row's
 *   property of the same name: that property;
 * - a field with a resolver is looked up in FIELD_READS, the reviewed list of what each resolver
 *   reads from its row (a relationship field reads only the id);
 * - anything else (a type or field not listed, a non-leaf field without a resolver) needs the
 *   whole node: the projection is null, and the query projects `.*` as before.
 *
 * The property names come from the schema (field names) and from FIELD_READS, both fixed, and
 * are checked to be plain identifiers: no value a client sends enters the Cypher text.
 */

/** The stored properties to project, sorted; null: the whole node. */
export type Projection = readonly string[] | null;

/** Always projected: a row's key, its label's home and what EntityRow promises. */
const ALWAYS = ['id', 'municipality'] as const;

const PROPERTY = /^[a-z][A-Za-z0-9]*$/;

/** Properties never projected by name: kept out of every row (the whole-node projection nulls them). */
const NEVER = new Set(['sources']);

/**
 * What the resolvers of a field read from the row, beyond `id` and `municipality`, for the
 * fields that have a resolver. A type not listed, or a field with a resolver not listed, is
 * projected whole. Relationship fields that hand the row itself on (Person.roles builds rows
 * that carry the person) are left out on purpose.
 */
export const FIELD_READS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  Commitment: {
    text: ['text'],
    kind: ['kind'],
    status: ['status', 'curatedStatus', 'dueLatest'],
    due: ['dueText', 'dueEarliest', 'dueLatest'],
    confidence: ['confidence'],
    madeBy: [],
    madeIn: [],
    promisedTo: [],
    concerns: [],
    dossier: [],
    fulfilledBy: [],
    statusHistory: [],
    evidence: [],
  },
  Dossier: {
    problems: ['problems'],
    portfolioHolder: [],
    officials: [],
    documents: [],
    topics: [],
    meetings: [],
    decisions: [],
    commitments: [],
    requests: [],
    policies: [],
    evidence: [],
  },
  Document: { kind: ['kind'], dossier: [], decisions: [], evidence: [] },
  Meeting: { title: ['title'], body: [], dossiers: [], decisions: [], commitments: [], requests: [], evidence: [] },
  Decision: { text: ['text'], meeting: [], concerns: [], supportedBy: [], opposedBy: [], membersFor: [], membersAgainst: [], evidence: [] },
  Person: { name: ['name'], unresolved: ['unresolved'], fracties: [], portfolios: [], commitments: [], requests: [], evidence: [] },
  Fractie: { name: ['name'], members: [], supported: [], opposed: [], commitments: [], requests: [], evidence: [] },
  Organisation: { name: ['name'], aliases: ['aliases'], funds: [], fundedBy: [], commitments: [], requests: [], evidence: [] },
  Body: { name: ['name'], meetings: [], promisedCommitments: [], commitments: [], requests: [], evidence: [] },
};

/**
 * The kind of a schema type by its tag (graphql-js' `Symbol.toStringTag`), not by `instanceof`:
 * the schema may come from another copy of graphql than this module's (a test runner loading it
 * both as ESM and CommonJS), and graphql's isObjectType refuses such types.
 */
const tag = (type: GraphQLType): string => Object.prototype.toString.call(type).slice(8, -1);

function namedType(type: GraphQLType): GraphQLNamedType {
  let t: GraphQLType = type;
  while ('ofType' in t) t = t.ofType;
  return t;
}

const isLeaf = (type: GraphQLType): boolean => ['GraphQLScalarType', 'GraphQLEnumType'].includes(tag(namedType(type)));

/** The properties field `name` of the object type needs; null: the whole node. */
function fieldReads(type: GraphQLObjectType, name: string): readonly string[] | null {
  if (name === '__typename') return [];
  const listed = FIELD_READS[type.name];
  if (listed === undefined) return null;
  const reads = listed[name];
  if (reads !== undefined) return reads;
  const field = type.getFields()[name];
  if (field === undefined || field.resolve !== undefined || !isLeaf(field.type)) return null;
  return [name];
}

/** The object types a key of fieldsByTypeName stands for: itself, or the types of an interface or union. */
function objectTypes(schema: GraphQLSchema, typeName: string): readonly GraphQLObjectType[] | null {
  const type = schema.getType(typeName);
  if (type === undefined) return null;
  const kind = tag(type);
  if (kind === 'GraphQLObjectType') return [type as GraphQLObjectType];
  if (kind === 'GraphQLInterfaceType' || kind === 'GraphQLUnionType') return schema.getPossibleTypes(type as GraphQLAbstractType);
  return null;
}

/**
 * The projection that answers every selection of a node in `selections` (several when the node
 * is selected under aliases or in fragments: the union). Null when any field needs the whole node.
 */
export function projectionOf(schema: GraphQLSchema, selections: readonly FieldsByTypeName[]): Projection {
  const props = new Set<string>(ALWAYS);
  for (const byType of selections) {
    for (const [typeName, fields] of Object.entries(byType)) {
      const types = objectTypes(schema, typeName);
      if (types === null) return null;
      for (const field of Object.values(fields)) {
        for (const type of types) {
          const reads = fieldReads(type, field.name);
          if (reads === null) return null;
          for (const p of reads) {
            if (!PROPERTY.test(p) || NEVER.has(p)) return null;
            props.add(p);
          }
        }
      }
    }
  }
  return [...props].sort();
}

/**
 * The Cypher map projection of the node variable `v`: the listed properties and `__label`
 * (`label`: a Cypher expression), or the whole node with `sources` nulled when `projection` is null.
 */
export function nodeProjection(v: string, projection: Projection, label: string): string {
  if (projection === null) return `${v} {.*, __label: ${label}, sources: null}`;
  return `${v} {${projection.map((p) => `.${checkedProperty(p)}`).join(', ')}, __label: ${label}}`;
}

function checkedProperty(p: string): string {
  if (!PROPERTY.test(p) || NEVER.has(p)) throw new Error(`property '${p}' cannot be written into a query`);
  return p;
}

/** `[l IN labels(v) WHERE l <> 'Entity'][0]`: the one label besides :Entity. */
export const labelOf = (v: string): string => `[l IN labels(${v}) WHERE l <> 'Entity'][0]`;

/**
 * Relationship fields whose resolvers read only the far ends (relatedNode / relatedNodes, not the
 * relationship's properties) over a hop that no other field of the type uses: a plan fetches
 * their far ends slim and without relationship properties. Other planned fields fetch whole rows.
 */
export const SLIM_HOPS: Readonly<Record<string, ReadonlySet<string>>> = {
  Commitment: new Set(['madeBy', 'madeIn', 'promisedTo', 'concerns', 'dossier', 'fulfilledBy']),
  Meeting: new Set(['body', 'dossiers', 'decisions', 'commitments', 'requests']),
  Dossier: new Set(['portfolioHolder', 'documents', 'topics', 'meetings', 'decisions', 'commitments', 'requests', 'policies']),
  Document: new Set(['dossier', 'decisions']),
};
