import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isPlainGraphqlPost } from '../../src/http/graphql-post.js';

/** Which requests take the direct path to Apollo (graphql-post.ts) and which go through Express. */
const request = (method: string, url: string, headers: Record<string, string>): IncomingMessage => ({ method, url, headers }) as unknown as IncomingMessage;
const json = { 'content-type': 'application/json', 'content-length': '30' };

describe('isPlainGraphqlPost', () => {
  it('takes a JSON POST to /graphql with a length within the limit, in UTF-8 or without a charset', () => {
    expect(isPlainGraphqlPost(request('POST', '/graphql', json), 100)).toBe(true);
    expect(isPlainGraphqlPost(request('POST', '/graphql', { ...json, 'content-type': 'application/json; charset=utf-8' }), 100)).toBe(true);
    expect(isPlainGraphqlPost(request('POST', '/graphql', { ...json, 'content-type': 'Application/GraphQL-Response+JSON; charset="UTF-8"' }), 100)).toBe(true);
    expect(isPlainGraphqlPost(request('POST', '/graphql', { ...json, 'content-encoding': 'identity' }), 100)).toBe(true);
  });

  it('leaves everything else to Express and its body parser', () => {
    expect(isPlainGraphqlPost(request('GET', '/graphql', json), 100)).toBe(false);
    expect(isPlainGraphqlPost(request('POST', '/graphql?query=x', json), 100)).toBe(false);
    expect(isPlainGraphqlPost(request('POST', '/export/commitments.csv', json), 100)).toBe(false);
    expect(isPlainGraphqlPost(request('POST', '/graphql', { ...json, 'content-length': '101' }), 100)).toBe(false);
    expect(isPlainGraphqlPost(request('POST', '/graphql', { ...json, 'content-length': '0' }), 100)).toBe(false);
    expect(isPlainGraphqlPost(request('POST', '/graphql', { 'content-type': 'application/json' }), 100)).toBe(false);
    expect(isPlainGraphqlPost(request('POST', '/graphql', { ...json, 'content-type': 'application/json; charset=latin1' }), 100)).toBe(false);
    expect(isPlainGraphqlPost(request('POST', '/graphql', { ...json, 'content-type': 'text/plain' }), 100)).toBe(false);
    expect(isPlainGraphqlPost(request('POST', '/graphql', { ...json, 'content-encoding': 'gzip' }), 100)).toBe(false);
  });
});
