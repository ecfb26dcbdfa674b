import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate, GraphQLSafeInt } from 'graphql-scalars';
import { DateTime } from 'luxon';
import { ErrorCode } from './errors.js';
import type { Resolvers } from './generated/graphql.js';

/**
 * `Date` and `DateTime`, validated by graphql-scalars: a Date is a real calendar day
 * (2017-02-30 and 2017-13-45 are refused), a DateTime is RFC 3339 with an offset. Their
 * descriptions live once, in schema/base.graphql (schema.ts keeps the SDL's).
 *
 * A bad value from a client is BAD_USER_INPUT; input-errors.ts names the argument it was given
 * for. A value our own rows cannot represent is a bug, and is masked like any other.
 */

function badValue(message: string, node: ValueNode | undefined): GraphQLError {
  return new GraphQLError(message, { nodes: node, extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

function calendarDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    return String(GraphQLLocalDate.parseValue(value));
  } catch {
    return null;
  }
}

/** ISO 8601 with the value's own offset kept (`Z` for UTC); null unless it is RFC 3339 with an offset. */
function instant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    GraphQLDateTime.parseValue(value);
  } catch {
    return null;
  }
  const parsed = DateTime.fromISO(value, { setZone: true });
  return parsed.isValid ? parsed.toISO({ suppressMilliseconds: true }) : null;
}

function scalar(name: string, check: (value: unknown) => string | null, expected: string): GraphQLScalarType<string, string> {
  const parse = (value: unknown, node?: ValueNode): string => {
    const ok = check(value);
    if (ok === null) throw badValue(`${name} must be ${expected}; got ${JSON.stringify(value)}`, node);
    return ok;
  };
  return new GraphQLScalarType<string, string>({
    name,
    serialize: (value) => {
      const ok = check(value);
      if (ok === null) throw new Error(`${name} cannot represent ${JSON.stringify(value)}`);
      return ok;
    },
    parseValue: (value) => parse(value),
    parseLiteral: (node) => parse(node.kind === Kind.STRING ? node.value : undefined, node),
  });
}

export const scalarResolvers: Resolvers = {
  Date: scalar('Date', calendarDate, 'a calendar date YYYY-MM-DD that exists, like 2017-03-14'),
  SafeInt: GraphQLSafeInt,
  DateTime: scalar('DateTime', instant, 'an ISO 8601 date-time with an offset, like 2017-03-14T20:15:00+01:00 or 2017-03-14T19:15:00Z'),
};
