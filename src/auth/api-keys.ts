import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Bearer API keys, configured as `API_KEYS="key1:editor,key2:reader"`, or with the holder's name
 * `key1:editor:Sandra Koster`, which is then recorded as who made a change. Keys are kept only as
 * SHA-256 digests and compared in constant time against every configured key (no early exit),
 * so neither the comparison nor the loop tells an attacker how close a guess came.
 */

export const ROLES = ['editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface ApiKey {
  readonly digest: Buffer;
  readonly role: Role;
  /** Recorded as who changed something: the name given in API_KEYS, else `<role>:<digest prefix>`. */
  readonly name: string;
}

export type ApiKeyring = readonly ApiKey[];

const digestOf = (key: string): Buffer => createHash('sha256').update(key, 'utf8').digest();

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * Parses `key:role` and `key:role:Name` entries; throws naming API_KEYS on a malformed entry or
 * an unknown role. A key may itself hold ':' (the role is the last segment, or the one before a name).
 */
export function parseApiKeys(spec: string): ApiKeyring {
  const keys: ApiKey[] = [];
  for (const entry of spec.split(',').map((e) => e.trim()).filter((e) => e !== '')) {
    const parts = entry.split(':');
    const last = parts.at(-1) ?? '';
    const named = !isRole(last) && parts.length >= 3 && isRole(parts.at(-2) ?? '');
    const role = named ? (parts.at(-2) ?? '') : last;
    const key = parts.slice(0, named ? -2 : -1).join(':');
    const name = named ? last.trim() : '';
    if (key === '' || !isRole(role) || (named && name === '')) {
      throw new Error(`API_KEYS: each entry must be key:role or key:role:Name with role one of ${ROLES.join(', ')}`);
    }
    const digest = digestOf(key);
    keys.push({ digest, role, name: named ? name : `${role}:${digest.toString('hex').slice(0, 8)}` });
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
