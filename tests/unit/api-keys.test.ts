import { describe, expect, it } from 'vitest';
import { findKey, parseApiKeys } from '../../src/auth/api-keys.js';

describe('API_KEYS', () => {
  it('names a key by its role and digest prefix when no name is given', () => {
    const [key] = parseApiKeys('secret-one:editor');
    expect(key?.role).toBe('editor');
    expect(key?.name).toMatch(/^editor:[0-9a-f]{8}$/);
  });
  it('records the name given after the role (key:editor:Name) as the editor', () => {
    const ring = parseApiKeys('secret-one:editor:Sandra Koster, secret-two:reader');
    expect(findKey(ring, 'secret-one')).toMatchObject({ role: 'editor', name: 'Sandra Koster' });
    expect(findKey(ring, 'secret-two')?.name).toMatch(/^reader:[0-9a-f]{8}$/);
  });
  it('keeps a key that holds colons', () => {
    const ring = parseApiKeys('a:b:c:editor:Piet');
    expect(findKey(ring, 'a:b:c')).toMatchObject({ role: 'editor', name: 'Piet' });
  });
  it.each(['secret', 'secret:admin', ':editor', 'secret:editor:'])('refuses %s', (spec) =>
    expect(() => parseApiKeys(spec)).toThrow(/API_KEYS: each entry must be key:role or key:role:Name/),
  );
});
