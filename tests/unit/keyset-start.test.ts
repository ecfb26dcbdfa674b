import { describe, expect, it } from 'vitest';
import { keysetStart } from '../../src/keyset-cypher.js';

describe('where a date-keyed page starts', () => {
  it('starts at the beginning, after the undated rows or after a date', () => {
    expect(keysetStart(null)).toBe('first');
    expect(keysetStart({ key: null })).toBe('after-unkeyed');
    expect(keysetStart({ key: '2017-03-14' })).toBe('after-keyed');
  });

  it('refuses a key that is no calendar date as BAD_USER_INPUT naming after', () => {
    for (const key of ['1e+308', '2017-02-30', 'x', '2017-3-1']) {
      expect(() => keysetStart({ key })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }));
    }
  });
});
