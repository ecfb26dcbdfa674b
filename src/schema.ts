import { readFileSync, readdirSync } from 'node:fs';
import { GraphQLScalarType, Kind, parse } from 'graphql';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resolvers } from './generated/graphql.js';
import { actorResolvers } from './actor/actor-resolvers.js';
import { agreementResolvers } from './agreement/agreement-resolvers.js';
import { commitmentResolvers } from './commitment/commitment-resolvers.js';
import { dossierResolvers } from './dossier/dossier-resolvers.js';
import { meetingResolvers } from './meeting/meeting-resolvers.js';
import { policyResolvers } from './policy/policy-resolvers.js';
import { requestResolvers } from './request/request-resolvers.js';
import { graphResolvers } from './graph/graph-resolvers.js';
import { nodeResolvers } from './node/node-resolvers.js';
import { scalarResolvers } from './scalars.js';
import { changeResolvers } from './change/change-resolvers.js';

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../schema');

/** The SDL of every file in schema/, base.graphql first (it declares `type Query`). */
export function typeDefs(): string {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8')).join('\n');
}

/**
 * One resolver map per domain, merged type by type. A scalar's description is its SDL's: a
 * GraphQLScalarType's own would replace it (graphql-tools copies every field it has).
 */
export function resolvers(): Resolvers {
  return withSdlScalarDescriptions(mergeResolvers([
    scalarResolvers,
    nodeResolvers,
    dossierResolvers,
    graphResolvers,
    actorResolvers,
    commitmentResolvers,
    meetingResolvers,
    requestResolvers,
    policyResolvers,
    agreementResolvers,
    changeResolvers,
  ]));
}

function withSdlScalarDescriptions(merged: Resolvers): Resolvers {
  const descriptions = new Map<string, string>();
  for (const definition of parse(typeDefs()).definitions) {
    if (definition.kind === Kind.SCALAR_TYPE_DEFINITION && definition.description !== undefined) {
      descriptions.set(definition.name.value, definition.description.value);
    }
  }
  const out: Record<string, unknown> = { ...merged };
  for (const [name, value] of Object.entries(merged)) {
    if (value instanceof GraphQLScalarType) {
      out[name] = new GraphQLScalarType({ ...value.toConfig(), description: descriptions.get(name) });
    }
  }
  return out as Resolvers;
}

function mergeResolvers(parts: readonly Resolvers[]): Resolvers {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [type, fields] of Object.entries(part)) {
      const existing = merged[type];
      if (existing !== undefined && typeof existing === 'object' && typeof fields === 'object' && !isScalar(fields)) {
        merged[type] = { ...existing, ...fields };
      } else {
        merged[type] = fields;
      }
    }
  }
  return merged as Resolvers;
}

const isScalar = (value: object): boolean => value.constructor?.name === 'GraphQLScalarType';
