import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerHandler } from '../../src/http/explorer.js';

/** src/http/explorer.ts on a real HTTP server over a small built folder (and over a missing one). */
describe('explorerHandler', () => {
  let root: string;
  let built: Server;
  let missing: Server;
  let base: string;
  let baseMissing: string;

  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'explorer-handler-'));
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>verkenner</title>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1);');
    writeFileSync(join(dist, 'assets', 'index-abc.css'), 'body{}');
    writeFileSync(join(dist, '.env'), 'SECRET=1');
    writeFileSync(join(root, 'secret.txt'), 'outside the folder');
    const handler = explorerHandler(dist);
    built = createServer((req, res) => handler(req, res, () => res.writeHead(418).end('next')));
    const none = explorerHandler(join(root, 'nothing-here'));
    missing = createServer((req, res) => none(req, res, () => res.writeHead(418).end('next')));
    base = await listen(built);
    baseMissing = await listen(missing);
  });

  afterAll(async () => {
    await new Promise((r) => built.close(r));
    await new Promise((r) => missing.close(r));
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the files with their content types; hashed assets are cached for good', async () => {
    const js = await fetch(`${base}/assets/index-abc.js`);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('console.log(1);');
    const css = await fetch(`${base}/assets/index-abc.css`);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    const index = await fetch(`${base}/`);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('verkenner');
  });

  it('answers a client route with index.html, but a missing asset is not found', async () => {
    const route = await fetch(`${base}/toezeggingen`);
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('verkenner');
    const asset = await fetch(`${base}/assets/gone.js`);
    expect(asset.status).toBe(418);
  });

  it('never serves a file outside the folder, nor a dotfile', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/.env']) {
      const body = await rawGet(base, path);
      expect(body, path).not.toContain('outside the folder');
      expect(body, path).not.toContain('SECRET');
    }
  });

  it('leaves other methods to the next handler', async () => {
    const res = await fetch(`${base}/`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(418);
  });

  it('says how to build the explorer when it is not built', async () => {
    const res = await fetch(`${baseMissing}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:web');
  });

  it('leaves other methods to the next handler when it is not built too (POST /anything is the JSON 404)', async () => {
    const res = await fetch(`${baseMissing}/anything`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(418);
  });
});

/** A GET with the path sent exactly as given (fetch would resolve the `..` before sending). */
function rawGet(base: string, path: string): Promise<string> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method: 'GET' }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    req.on('error', reject);
    req.end();
  });
}
