import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode, type GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors.js';

/**
 * A value a scalar refuses (scalars.ts) is BAD_USER_INPUT with `extensions.argument` naming where
 * it was given: `filter.dueBefore` for `commitments(filter: {dueBefore: "2017-02-30"})`, the same
 * for a variable `$filter` passed as `filter`, and `dueBefore` for `$d` passed as `dueBefore: $d`.
 *
 * graphql-js checks literals during validation (Apollo then answers GRAPHQL_VALIDATION_FAILED)
 * and variables before execution, and neither knows the argument; this plugin finds it in the
 * document, and `asUserInputError` (called by the server's formatError) gives such a validation
 * error back its BAD_USER_INPUT code.
 */

type Extensions = Record<string, unknown>;

/** The argument path of every value node and of every variable (its first use) in the document. */
function argumentPaths(document: DocumentNode): { values: Map<ASTNode, string>; variables: Map<string, string> } {
  const values = new Map<ASTNode, string>();
  const variables = new Map<string, string>();
  const path: string[] = [];
  visit(document, {
    Argument: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    ObjectField: { enter: (node) => void path.push(node.name.value), leave: () => void path.pop() },
    enter(node) {
      if (path.length === 0) return;
      if (node.kind === Kind.VARIABLE) {
        if (!variables.has(node.name.value)) variables.set(node.name.value, path.join('.'));
      } else if (node.kind !== Kind.ARGUMENT && node.kind !== Kind.OBJECT_FIELD && node.kind !== Kind.NAME) {
        values.set(node, path.join('.'));
      }
    },
  });
  return { values, variables };
}

/**
 * Errors are recognised by shape, not by class: under a bundler the schema's code and Apollo's
 * may hold two copies of graphql-js (ESM and CommonJS), and `instanceof` fails across them.
 */
function extensionsOf(error: unknown): Extensions | undefined {
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return undefined;
  const { extensions } = error;
  return typeof extensions === 'object' && extensions !== null ? (extensions as Extensions) : undefined;
}

function isUnnamedInputError(error: GraphQLError): boolean {
  const extensions = extensionsOf(error);
  return extensions?.code === ErrorCode.BAD_USER_INPUT && extensions.argument === undefined;
}

/** `Variable "$filter" got invalid value "x" at "filter.dueBefore"; ...` (graphql-js' wording). */
const VARIABLE_ERROR = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value .*? at "([^"]+)";/s;
const VARIABLE_ERROR_NO_PATH = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" got invalid value/;

function variableArgument(message: string, variables: ReadonlyMap<string, string>): string | null {
  const withPath = VARIABLE_ERROR.exec(message);
  const name = withPath?.[1] ?? VARIABLE_ERROR_NO_PATH.exec(message)?.[1];
  if (name === undefined) return null;
  // The path starts with the variable's name: `filter.dueBefore`, `filter[0]`.
  const inner = withPath?.[2]?.slice(name.length) ?? '';
  const used = variables.get(name) ?? name;
  return `${used}${inner}`;
}

function nameArguments(errors: readonly GraphQLError[], document: DocumentNode | undefined): void {
  if (document === undefined) return;
  const unnamed = errors.filter(isUnnamedInputError);
  if (unnamed.length === 0) return;
  const paths = argumentPaths(document);
  for (const error of unnamed) {
    const node = error.nodes?.[0];
    const argument = (node !== undefined ? paths.values.get(node) : undefined) ?? variableArgument(error.message, paths.variables);
    if (argument !== null && argument !== undefined) (error.extensions as Extensions).argument = argument;
  }
}

export function inputErrorPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart(context: GraphQLRequestContext<C>) {
          return async (errors?: readonly Error[]) => {
            if (errors !== undefined) nameArguments(errors as readonly GraphQLError[], context.document);
          };
        },
        async didEncounterErrors(context) {
          nameArguments(context.errors, context.document);
        },
      };
    },
  };
}

/**
 * A validation error whose cause is a scalar's BAD_USER_INPUT, given back that code and the
 * scalar's message (graphql-js prefixes it only when it holds another copy of GraphQLError);
 * any other error unchanged.
 */
export function asUserInputError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || typeof error !== 'object' || error === null || !('originalError' in error)) return formatted;
  const cause = error.originalError;
  if (extensionsOf(cause)?.code !== ErrorCode.BAD_USER_INPUT) return formatted;
  const message = cause instanceof Error ? cause.message : formatted.message;
  return { ...formatted, message, extensions: { ...formatted.extensions, code: ErrorCode.BAD_USER_INPUT } };
}
