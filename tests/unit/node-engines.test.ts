import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

/**
 * Issue 8: "`@apollo/server`'s dependency `@whatwg-node/promise-helpers@2.0.1` declares Node ≥ 22.15
 * while the README says Node 20". Every package `npm ci --omit=dev` installs (package-lock.json's
 * entries not marked dev) must admit the Node version package.json and the README name.
 */
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { dev?: boolean; engines?: { node?: string } | string[] }>;
};
const own = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { engines: { node: string } };

describe('runtime dependencies and the Node version the README names', () => {
  it('package.json says Node 20 or later', () => {
    expect(own.engines.node).toBe('>=20');
  });

  it('every runtime package admits Node 20.19 and 20.20 (the 20.x installed here)', () => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && entry.dev !== true)
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        if (range === undefined) return [];
        return ['20.19.0', '20.20.0'].filter((v) => !semver.satisfies(v, range)).map((v) => `${path} (${range}) refuses ${v}`);
      });
    expect(refusing).toEqual([]);
  });
});
