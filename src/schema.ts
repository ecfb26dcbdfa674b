import { readFileSync, readdirSync } from 'node:fs';
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

export const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../schema');

/** The SDL of every file in schema/, base.graphql first (it declares `type Query`). */
export function typeDefs(): string {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return files.map((f) => readFileSync(join(SCHEMA_DIR, f), 'utf8')).join('\n');
}

/** One resolver map per domain, merged type by type. */
export function resolvers(): Resolvers {
  return mergeResolvers([
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
  ]);
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
