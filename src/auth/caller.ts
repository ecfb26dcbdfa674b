import { GraphQLError } from 'graphql';
import { ErrorCode } from '../errors.js';
import { findKey, type ApiKeyring, type Role } from './api-keys.js';

/**
 * Who is asking, decided once per request from its `Authorization` header. Reads are public,
 * so an anonymous or unknown caller is not an error until something needs a role.
 */
export type Caller =
  | { readonly kind: 'anonymous' }
  | { readonly kind: 'unknown-key' }
  | { readonly kind: 'key'; readonly role: Role; readonly name: string };

export const ANONYMOUS: Caller = { kind: 'anonymous' };

/** The caller behind an `Authorization: Bearer <key>` header (any other scheme is anonymous-with-a-bad-key). */
export function callerOf(authorization: string | null | undefined, keyring: ApiKeyring): Caller {
  if (authorization === undefined || authorization === null || authorization.trim() === '') return ANONYMOUS;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  if (match?.[1] === undefined) return { kind: 'unknown-key' };
  const key = findKey(keyring, match[1]);
  return key === null ? { kind: 'unknown-key' } : { kind: 'key', role: key.role, name: key.name };
}

/**
 * The caller's public name when it holds `role`; otherwise UNAUTHENTICATED (no valid key) or
 * FORBIDDEN (a valid key of another role). Call before any write.
 */
export function requireRole(caller: Caller, role: Role): string {
  if (caller.kind !== 'key') {
    throw new GraphQLError('This operation needs an API key: send `Authorization: Bearer <key>`.', {
      extensions: { code: ErrorCode.UNAUTHENTICATED },
    });
  }
  if (caller.role !== role) {
    throw new GraphQLError(`This operation needs a key with role ${role}.`, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
  return caller.name;
}
