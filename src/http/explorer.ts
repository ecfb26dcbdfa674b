import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** Where `npm run build:web` writes the explorer (web/vite.config.ts). */
export const EXPLORER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Connect/Express-style handler: `next` is called for anything it does not serve. */
export type ExplorerHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/**
 * Serves the built explorer: its files with their content types (sirv: no directory traversal,
 * no dotfiles, ETags; the hashed files under /assets/ are cached for a year), and index.html for
 * every other GET path so a client route reloads. Mount it after `/graphql`. When the explorer has
 * not been built, every GET gets a 503 page that says how to build it (other methods go on to the JSON 404).
 */
export function explorerHandler(dir: string = EXPLORER_DIR): ExplorerHandler {
  if (!existsSync(join(dir, 'index.html'))) return notBuilt;
  const assets = sirv(dir, { etag: true, maxAge: 31_536_000, immutable: true, gzip: false, brotli: false });
  const pages = sirv(dir, { etag: true, single: true, dev: false, setHeaders: (res) => res.setHeader('cache-control', 'no-cache') });
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      if (next) return next();
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/assets/')) return assets(req, res, next ?? (() => notFound(res)));
    return pages(req, res, next ?? (() => notFound(res)));
  };
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden\n');
}

function notBuilt(req: IncomingMessage, res: ServerResponse, next?: () => void): void {
  // only a browser's GET is the explorer's; anything else is left to the JSON 404
  if (req.method !== 'GET' && req.method !== 'HEAD' && next) return next();
  res
    .writeHead(503, { 'content-type': 'text/plain; charset=utf-8' })
    .end('De verkenner is nog niet gebouwd: voer `npm run build:web` uit en start opnieuw.\n');
}
