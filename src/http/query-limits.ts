import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, getNullableType, isListType, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode, queryLimitExceeded } from '../errors.js';
import { DEFAULT_PAGE_SIZE } from '../pagination.js';

/**
 * Limits every operation is checked against before it runs. Depth, aliases and directives are
 * graphql-armor's validation rules; tokens are graphql-js' own parser limit; the cost is
 * graphql-query-complexity with an estimator that multiplies list sizes through nesting.
 */
export interface QueryLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxDirectives: number;
  readonly maxTokens: number;
  readonly maxCost: number;
  /** Largest JSON response in bytes (checked after execution, before sending). */
  readonly maxResponseBytes: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 8,
  maxAliases: 15,
  maxDirectives: 50,
  maxTokens: 1000,
  maxCost: 50_000,
  maxResponseBytes: 5_000_000,
};

/** How many items an unpaged list field (Dossier.documents, Person.roles, ...) is assumed to hold. */
export const UNPAGED_LIST_SIZE = 10;

/** Validation rules: depth, aliases and directives, each refusing with QUERY_TOO_COMPLEX naming the limit. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const report = (limit: string) => ({
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, error: GraphQLError) => {
        ctx?.reportError(queryLimitExceeded(limit, error.message));
      },
    ],
  });
  const armor = new ApolloArmor({
    // fragments add no level of their own: the depth is the fields' nesting
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...report('maxDepth') },
    maxAliases: { n: limits.maxAliases, ...report('maxAliases') },
    maxDirectives: { n: limits.maxDirectives, ...report('maxDirectives') },
    // Cost is ours (below): armor's does not multiply list sizes. Tokens are the parser's (maxTokens).
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules;
}

/**
 * The cost of a field: 1, plus its children times how many times they run. A field with `first`
 * (or `limit`) runs its children that many times (the schema's default when not given); the
 * lists inside a connection or a subgraph are bounded by that parent's argument; any other list
 * is assumed to hold UNPAGED_LIST_SIZE items. Introspection costs nothing.
 */
export const listCostEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__') || type.name.startsWith('__')) return 0;
  const size = sizeArgument(args);
  if (size !== null) return 1 + size * childComplexity;
  if (isListType(getNullableType(field.type))) {
    const boundedByParent = type.name.endsWith('Connection') || type.name === 'Subgraph' || type.name === 'Path';
    return 1 + (boundedByParent ? 1 : UNPAGED_LIST_SIZE) * childComplexity;
  }
  return 1 + childComplexity;
};

function sizeArgument(args: Record<string, unknown>): number | null {
  for (const name of ['first', 'limit']) {
    const value = args[name];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
  }
  return null;
}

/** The estimated cost of one operation (throws QUERY_TOO_COMPLEX past the node budget). */
export function operationCost(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown>, operationName: string | undefined): number {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      ...(operationName === undefined ? {} : { operationName }),
      estimators: [listCostEstimator],
      maxQueryNodes: 10_000,
    });
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === ErrorCode.BAD_USER_INPUT) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw withStatus(queryLimitExceeded('maxCost', `The query is too large to estimate: ${message}`));
  }
}

/**
 * Costs already estimated, per parsed document (Apollo hands the same DocumentNode to every
 * request with the same query text, from its document cache) and per operation name and
 * variables, which the cost may depend on (`first: $n`): a repeated request is not walked again.
 * A cost over the limit is refused again on every request; one too large to estimate is not cached. At most COST_CACHE_ENTRIES
 * variable sets per document; the documents go with Apollo's cache (a WeakMap).
 */
const costCache = new WeakMap<object, Map<string, number>>();
const COST_CACHE_ENTRIES = 100;

function cachedCost(schema: GraphQLSchema, document: Parameters<typeof getComplexity>[0]['query'], variables: Record<string, unknown>, operationName: string | undefined): number {
  let perDocument = costCache.get(document);
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  const hit = perDocument?.get(key);
  if (hit !== undefined) return hit;
  const cost = operationCost(schema, document, variables, operationName);
  if (perDocument === undefined) {
    perDocument = new Map();
    costCache.set(document, perDocument);
  }
  if (perDocument.size >= COST_CACHE_ENTRIES) perDocument.clear();
  perDocument.set(key, cost);
  return cost;
}

/**
 * Refuses an operation whose estimated cost is over `maxCost`, and a response over
 * `maxResponseBytes`. `costSchema` is built from the same SDL by our own graphql import: under
 * the test runner Apollo's schema can come from another copy of graphql-js, which refuses it.
 */
export function queryLimitsPlugin<C extends object>(limits: QueryLimits, costSchema: GraphQLSchema): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          const cost = cachedCost(costSchema, document, request.variables ?? {}, operationName ?? undefined);
          if (cost > limits.maxCost) {
            throw withStatus(
              queryLimitExceeded('maxCost', `The query's estimated cost ${cost} is over the limit ${limits.maxCost}; ask for smaller pages (first) or fewer nested lists.`),
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const bytes = Buffer.byteLength(JSON.stringify(response.body.singleResult));
          if (bytes <= limits.maxResponseBytes) return;
          const error = queryLimitExceeded('maxResponseBytes', `The answer would be ${bytes} bytes, over the limit ${limits.maxResponseBytes}; ask for less at once.`);
          response.body.singleResult = { errors: [error.toJSON()] };
        },
      };
    },
  };
}

/** Refusals before execution are the client's fault: HTTP 400 (Apollo's status for thrown errors is 500). */
function withStatus(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
}
