import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { Resolvers } from './generated/graphql.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function isoScalar(name: string, pattern: RegExp, example: string): GraphQLScalarType<string, string> {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !pattern.test(value)) {
      throw new GraphQLError(`${name} must be a string like ${example}, got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description: `ISO 8601, e.g. ${example}.`,
    serialize: (value) => {
      if (typeof value !== 'string') throw new GraphQLError(`${name} cannot represent ${JSON.stringify(value)}`);
      return value.length > 19 && name === 'DateTime' ? value.slice(0, 19) : value;
    },
    parseValue: check,
    parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const scalarResolvers: Resolvers = {
  Date: isoScalar('Date', DATE, '2017-03-14'),
  DateTime: isoScalar('DateTime', DATE_TIME, '2017-03-14T20:15:00'),
};
