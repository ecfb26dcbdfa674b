import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Bearer API keys, configured as `API_KEYS="key1:editor,key2:reader"`. Keys are kept only as
 * SHA-256 digests and compared in constant time against every configured key (no early exit),
 * so neither the comparison nor the loop tells an attacker how close a guess came.
 */

export const ROLES = ['editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKey {
  readonly digest: Buffer;
  readonly role: Role;
  /** A short public name for the key (a digest prefix), recorded as who changed something. */
  readonly name: string;
}

export type ApiKeyring = readonly ApiKey[];

const digestOf = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

/** Parses `key:role` pairs; throws naming API_KEYS on a malformed entry or an unknown role. */
export function parseApiKeys(spec: string): ApiKeyring {
  const keys: ApiKey[] = [];
  for (const entry of spec.split(',').map((e) => e.trim()).filter((e) => e !== '')) {
    const at = entry.lastIndexOf(':');
    const key = at > 0 ? entry.slice(0, at) : '';
    const role = at > 0 ? entry.slice(at + 1) : '';
    if (key === '' || !(ROLES as readonly string[]).includes(role)) {
      throw new Error(`API_KEYS: each entry must be key:role with role one of ${ROLES.join(', ')}`);
    }
    const digest = digestOf(key);
    keys.push({ digest, role: role as Role, name: `${role}:${digest.toString('hex').slice(0, 8)}` });
  }
  return keys;
}

/** The key matching `presented`, or null. Looks at every key whatever it finds. */
export function findKey(keyring: ApiKeyring, presented: string): ApiKey | null {
  const digest = digestOf(presented);
  let found: ApiKey | null = null;
  for (const key of keyring) {
    if (timingSafeEqual(key.digest, digest) && found === null) found = key;
  }
  return found;
}
