import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ApolloServer } from '@apollo/server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import type { Database } from '../../src/db/database.js';
import { closeTestServer, openTestServer } from '../support/harness.js';
import { LAMBRECHTS, LOKAAL_PLAN_JEUGD, MEE_VIVENZ } from '../support/known-ids.js';
import { startExplorerServer, type ExplorerServer } from './explorer-server.js';

/**
 * The explorer (web/) driven in headless Chromium against the real API on the seed data:
 * built with Vite into a temporary folder, served by src/http/explorer.ts beside /graphql on
 * 127.0.0.1. Every page request is checked: none may leave 127.0.0.1. Skipped, with a message,
 * when no chromium is installed (`apt-get install -y chromium`; set CHROMIUM_PATH for another binary).
 */

function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const CHROMIUM = findChromium();
if (CHROMIUM === null) console.warn('tests/browser: skipped, no chromium on PATH (apt-get install -y chromium, or set CHROMIUM_PATH)');

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * The README's screenshots are taken by these tests. They are written into docs/ only when asked
 * (`UPDATE_SCREENSHOTS=1`), so an ordinary test run leaves the working tree as it found it; otherwise
 * they go to a temporary folder, still taken, so a page that cannot be drawn still fails.
 */
const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';
const DOCS = UPDATE_SCREENSHOTS ? join(import.meta.dirname, '../../docs') : mkdtempSync(join(tmpdir(), 'raadsgraaf-screenshots-'));

interface Passage { quote: string; start: number; end: number; source: { fileName: string } }
interface ApiEdge { id: string; type: string; from: string; to: string; evidence: Passage[] }

describe.skipIf(CHROMIUM === null)('the explorer in a browser', { timeout: 120_000 }, () => {
  let outDir: string;
  let db: Database;
  let apollo: ApolloServer<Context>;
  let http: ExplorerServer;
  let browser: Browser;
  let context: BrowserContext;
  /** Every URL a page asked for, and those that were not on 127.0.0.1 (blocked). */
  const requested: string[] = [];
  const outside: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'raadsgraaf-explorer-'));
    await build({ configFile: 'web/vite.config.ts', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
    ({ db, server: apollo } = await openTestServer());
    http = await startExplorerServer(apollo, db, outDir);
    browser = await chromium.launch({
      executablePath: CHROMIUM ?? undefined,
      args: ['--no-sandbox', '--lang=nl-NL', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--disable-gpu'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', acceptDownloads: true });
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      requested.push(url);
      const { protocol, hostname } = new URL(url);
      if ((protocol === 'http:' || protocol === 'https:' || protocol === 'ws:' || protocol === 'wss:') && hostname !== '127.0.0.1') {
        outside.push(url);
        await route.abort('blockedbyclient');
        return;
      }
      await route.continue();
    });
  }, 240_000);

  afterEach(() => {
    expect(outside, 'requests that left 127.0.0.1').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await http?.close();
    if (apollo && db) await closeTestServer(apollo, db);
    if (outDir) rmSync(outDir, { recursive: true, force: true });
    if (!UPDATE_SCREENSHOTS) rmSync(DOCS, { recursive: true, force: true });
  });

  async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const res = await fetch(`${http.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  async function open(hash: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${http.url}/${hash}`);
    return page;
  }

  /** axe-core on the page as it stands: no serious or critical violation. */
  async function expectAccessible(page: Page, view: string): Promise<void> {
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3) }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), `axe on ${view}`).toEqual([]);
  }

  async function pick(page: Page, label: string, words: string, option: string): Promise<void> {
    const input = page.getByRole('combobox', { name: label });
    await input.fill(words);
    await page.getByRole('option', { name: option, exact: true }).click();
    await poll(() => input.inputValue()).toBe(option);
  }

  /** Waits for the page to settle: the machine may be busy, so first answers can take seconds. */
  const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 30_000, interval: 100 });

  /** The search hit whose name is exactly MEE-Vivenz (other hits mention it, e.g. its subsidy). */
  const meeVivenzHit = (page: Page) => page.locator('.hit a').filter({ has: page.locator('strong', { hasText: /^MEE-Vivenz$/ }) });

  const entityHash = (id: string) => `#/entiteit/${encodeURIComponent(id)}`;

  it('search "MEE" -> MEE-Vivenz\'s page -> its neighbourhood drawing -> an edge\'s quote', async () => {
    const page = await open('#/');
    await page.getByLabel('Zoek een persoon, organisatie, dossier, toezegging …').fill('MEE');
    const hit = meeVivenzHit(page);
    await poll(() => hit.count()).toBe(1);
    expect(await page.locator('.hit').filter({ has: page.locator('strong', { hasText: /^MEE-Vivenz$/ }) }).locator('mark').first().textContent()).toMatch(/^mee/i);
    expect(page.url()).toBe(`${http.url}/#/zoek?q=MEE`);
    await expectAccessible(page, 'search');
    await hit.click();
    await page.waitForURL(`${http.url}/${entityHash(MEE_VIVENZ)}`);
    await poll(() => page.locator('h1').textContent()).toBe('MEE-Vivenz');
    await page.locator('#tekening canvas').first().waitFor();

    const { neighbourhood } = await api<{ neighbourhood: { nodes: { id: string; name: string }[]; edges: ApiEdge[] } }>(
      'query($id: ID!) { neighbourhood(id: $id, depth: 1, limit: 120) { nodes { id name } edges { id type from to evidence { quote start end source { fileName } } } } }',
      { id: MEE_VIVENZ },
    );
    expect(await page.evaluate(() => window.raadsgraafGraph?.nodes().length)).toBe(neighbourhood.nodes.length);
    expect(await page.evaluate(() => window.raadsgraafGraph?.edges().length)).toBe(neighbourhood.edges.length);

    // Click on the canvas at an edge's midpoint; edges that cross others are tried until one is hit alone.
    const candidates = neighbourhood.edges.filter((e) => e.from === MEE_VIVENZ || e.to === MEE_VIVENZ);
    expect(candidates.length).toBeGreaterThan(0);
    let shown: ApiEdge | undefined;
    await page.locator('#tekening').scrollIntoViewIfNeeded();
    for (const edge of candidates) {
      const point = await page.evaluate((id) => {
        const cy = window.raadsgraafGraph;
        const e = cy?.getElementById(id);
        if (!cy || !e || e.empty()) return null;
        const m = e.renderedMidpoint();
        const box = cy.container()?.getBoundingClientRect();
        return box ? { x: box.left + m.x, y: box.top + m.y } : null;
      }, edge.id);
      if (point === null) continue;
      await page.mouse.click(point.x, point.y);
      if ((await page.locator('#rand-bewijs').getAttribute('data-edge')) === edge.id) { shown = edge; break; }
    }
    expect(shown, 'an edge of the drawing was clicked').toBeDefined();
    const panel = page.locator('#rand-bewijs');
    expect(await panel.locator('blockquote').allTextContents()).toEqual(shown?.evidence.map((p) => p.quote));
    expect(await panel.locator('figcaption').first().textContent()).toBe(`${shown?.evidence[0]?.source.fileName} · tekens ${shown?.evidence[0]?.start}–${shown?.evidence[0]?.end} · bron`);
    expect(await panel.locator('a.to-source').count()).toBe(shown?.evidence.length);
    await expectAccessible(page, 'entity');
    await page.locator('section[aria-labelledby="kop-omgeving"]').screenshot({ path: join(DOCS, 'explorer-entity.png') });

    // Clicking a node opens its page.
    const other = candidates[0]?.from === MEE_VIVENZ ? candidates[0]?.to : candidates[0]?.from;
    const nodePoint = await page.evaluate((id) => {
      const cy = window.raadsgraafGraph;
      const n = cy?.getElementById(id);
      const box = cy?.container()?.getBoundingClientRect();
      if (!n || !box) return null;
      const p = n.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, other ?? '');
    expect(nodePoint).not.toBeNull();
    await page.locator('#tekening').scrollIntoViewIfNeeded();
    await page.mouse.click(nodePoint?.x ?? 0, nodePoint?.y ?? 0);
    await page.waitForURL(`${http.url}/${entityHash(other ?? '')}`);
    await page.goBack();
    await page.waitForURL(`${http.url}/${entityHash(MEE_VIVENZ)}`);
    await poll(() => page.locator('h1').textContent()).toBe('MEE-Vivenz');
    await page.goBack();
    await page.waitForURL(`${http.url}/#/zoek?q=MEE`);
    await poll(() => page.getByRole('searchbox').inputValue()).toBe('MEE');
    await poll(() => meeVivenzHit(page).count()).toBe(1);
    await page.goForward();
    await page.waitForURL(`${http.url}/${entityHash(MEE_VIVENZ)}`);
    await poll(() => page.locator('h1').textContent()).toBe('MEE-Vivenz');
    await page.close();
  });

  it("MEE-Vivenz's page -> a quote's \"bron\" -> the source text with exactly that passage highlighted; the URL reopens it", async () => {
    interface SourcedPassage { quote: string; start: number; end: number; source: { id: string; fileName: string } }
    const { node } = await api<{ node: { name: string; evidence: SourcedPassage[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Organisation { name evidence { quote start end source { id fileName } } } } }',
      { id: MEE_VIVENZ },
    );
    expect(node.evidence.length).toBeGreaterThan(0);
    // The last passage of the page's own evidence: its quote lies furthest into the text, so scrolling matters.
    const chosen = node.evidence.reduce((a, b) => (b.start > a.start ? b : a));
    const index = node.evidence.indexOf(chosen);

    const page = await context.newPage();
    const graphql: string[] = [];
    page.on('request', (r) => { if (new URL(r.url()).pathname === '/graphql') graphql.push(r.postData() ?? ''); });
    await page.goto(`${http.url}/${entityHash(MEE_VIVENZ)}`);
    await poll(() => page.locator('h1').textContent()).toBe('MEE-Vivenz');
    const evidence = page.locator('section[aria-labelledby="kop-bewijs"] .passage');
    await poll(() => evidence.count()).toBe(node.evidence.length);
    expect(await evidence.nth(index).locator('blockquote').textContent()).toBe(chosen.quote);
    // Keyboard: focus the link and press Enter.
    const link = evidence.nth(index).getByRole('link', { name: `bron: ${chosen.source.fileName}, tekens ${chosen.start}–${chosen.end}` });
    await link.focus();
    graphql.length = 0;
    await page.keyboard.press('Enter');
    const hash = `#/bron/${encodeURIComponent(chosen.source.id)}?${new URLSearchParams({ van: String(chosen.start), tot: String(chosen.end) })}`;
    await page.waitForURL(`${http.url}/${hash}`);
    const mark = page.locator('.source-text mark');
    await poll(() => mark.count()).toBe(1);
    expect(await mark.textContent()).toBe(chosen.quote);
    expect(graphql.length, 'the source view costs one GraphQL request').toBe(1);
    expect(graphql[0]).toContain('ExplorerSource');

    // The API's source: the page shows its title (or file name), its whole text, and the mark sits at [start, end).
    const { source } = await api<{ source: { fileName: string; title: string | null; url: string | null; publishedAt: string | null; text: string } }>(
      'query($id: ID!) { source(id: $id) { fileName title url publishedAt text } }',
      { id: chosen.source.id },
    );
    expect(await page.locator('h1').textContent()).toBe(source.title ?? source.fileName);
    expect(await page.locator('.source-text').textContent()).toBe(source.text);
    const before = await page.locator('.source-text').evaluate((el) => {
      const m = el.querySelector('mark');
      const range = document.createRange();
      range.setStart(el, 0);
      if (m) range.setEndBefore(m);
      return range.toString().length;
    });
    expect(before).toBe(chosen.start);
    if (source.url !== null) expect(await page.getByRole('link', { name: source.url }).getAttribute('href')).toBe(source.url);

    // Scrolled into view and focused, so a keyboard or screen-reader user lands on the passage.
    const inView = () => mark.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0; });
    await poll(inView).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MARK');
    await expectAccessible(page, 'source');
    await page.close();

    // The address alone reopens the same view.
    const again = await open(hash);
    await poll(() => again.locator('.source-text mark').count()).toBe(1);
    expect(await again.locator('.source-text mark').textContent()).toBe(chosen.quote);
    expect(await again.locator('h1').textContent()).toBe(source.title ?? source.fileName);
    await poll(() => again.locator('.source-text mark').evaluate((el) => { const r = el.getBoundingClientRect(); return r.top < window.innerHeight && r.bottom > 0; })).toBe(true);
    await again.close();
  });

  it('offers "bron" on relation quotes and path hops, and says so for an unknown source or offsets outside the text', async () => {
    const page = await open(entityHash(MEE_VIVENZ));
    await poll(() => page.locator('h1').textContent()).toBe('MEE-Vivenz');
    const quotes = page.locator('.passage');
    const n = await quotes.count();
    expect(n).toBeGreaterThan(0);
    expect(await page.locator('.passage a.to-source').count()).toBe(n);
    await page.close();

    const paths = await open(`#/pad?${new URLSearchParams({ van: MEE_VIVENZ, naar: LOKAAL_PLAN_JEUGD })}`);
    await poll(() => paths.locator('.step-edge .passage').count()).toBeGreaterThan(0);
    expect(await paths.locator('.step-edge a.to-source').count()).toBe(await paths.locator('.step-edge .passage').count());
    await paths.close();

    const missing = await open(`#/bron/${encodeURIComponent('source:gm0505:bestaat-niet')}?van=0&tot=5`);
    await poll(() => missing.locator('h1').textContent()).toBe('Bron niet gevonden');
    await missing.close();

    // Offsets outside the text: the whole text, no mark, and an alert saying so.
    const { node } = await api<{ node: { evidence: { source: { id: string; textLength: number } }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Organisation { evidence { source { id textLength } } } } }',
      { id: MEE_VIVENZ },
    );
    const src = node.evidence[0]?.source;
    expect(src).toBeDefined();
    const bad = await open(`#/bron/${encodeURIComponent(src?.id ?? '')}?van=5&tot=${(src?.textLength ?? 0) + 10}`);
    await poll(() => bad.locator('.source-text').count()).toBe(1);
    expect(await bad.locator('.source-text mark').count()).toBe(0);
    expect(await bad.getByRole('alert').textContent()).toContain('valt niet binnen deze tekst');
    await bad.close();
  });

  it('opening an entity page costs at most 3 GraphQL requests', async () => {
    for (const id of [MEE_VIVENZ, LAMBRECHTS, LOKAAL_PLAN_JEUGD]) {
      const page = await context.newPage();
      const graphql: string[] = [];
      page.on('request', (r) => { if (new URL(r.url()).pathname === '/graphql') graphql.push(r.url()); });
      await page.goto(`${http.url}/${entityHash(id)}`);
      await page.locator('#tekening canvas').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect(graphql.length, id).toBeGreaterThan(0);
      expect(graphql.length, id).toBeLessThanOrEqual(3);
      await page.close();
    }
  });

  it('the path from MEE-Vivenz to the Lokaal plan jeugd, each hop with its quotes', async () => {
    const page = await open('#/pad');
    await pick(page, 'Van', 'MEE', 'MEE-Vivenz (organisatie)');
    await pick(page, 'Naar', 'Lokaal plan jeugd', 'Lokaal plan jeugd (beleid)');
    await page.getByRole('button', { name: 'Zoek verbindingen' }).click();
    await page.waitForURL(`${http.url}/#/pad?${new URLSearchParams({ van: MEE_VIVENZ, naar: LOKAAL_PLAN_JEUGD, stappen: '4' })}`);
    const { paths } = await api<{ paths: { length: number; nodes: { name: string }[]; edges: ApiEdge[] }[] }>(
      'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 5) { length nodes { name } edges { id type from to evidence { quote start end source { fileName } } } } }',
      { from: MEE_VIVENZ, to: LOKAAL_PLAN_JEUGD },
    );
    expect(paths.length).toBeGreaterThan(0);
    await poll(() => page.locator('section.path').count()).toBe(paths.length);
    for (const [i, path] of paths.entries()) {
      const section = page.locator('section.path').nth(i);
      expect(await section.locator('.step-node a').allTextContents()).toEqual(path.nodes.map((n) => n.name));
      expect(await section.locator('.step-edge').evaluateAll((els) => els.map((el) => el.getAttribute('data-edge')))).toEqual(path.edges.map((e) => e.id));
      expect(await section.locator('.step-edge blockquote').allTextContents()).toEqual(path.edges.flatMap((e) => e.evidence.map((p) => p.quote)));
      expect(await section.locator('.step-edge .file').allTextContents()).toEqual(path.edges.flatMap((e) => e.evidence.map((p) => p.source.fileName)));
    }
    await expectAccessible(page, 'paths');
    const shared = page.url();
    await page.close();

    // The shared address reopens the same view in a fresh page.
    const again = await context.newPage();
    await again.goto(shared);
    await poll(() => again.locator('section.path').count()).toBe(paths.length);
    expect(await again.getByRole('combobox', { name: 'Van' }).inputValue()).toBe('MEE-Vivenz');
    expect(await again.getByRole('combobox', { name: 'Naar' }).inputValue()).toBe('Lokaal plan jeugd');
    expect(await again.locator('.step-edge blockquote').allTextContents()).toEqual(paths.flatMap((p) => p.edges.flatMap((e) => e.evidence.map((q) => q.quote))));
    await again.close();
  });

  it("Lambrechts' commitments filtered to overdue, exported as CSV whose rows equal the API's answer; the shared URL reopens them", async () => {
    const page = await open('#/toezeggingen');
    await pick(page, 'Gedaan door', 'Lambrechts', 'Karin Lambrechts (persoon)');
    await page.getByLabel('Status').selectOption('OVERDUE');
    await page.getByRole('button', { name: 'Toepassen' }).click();
    await page.waitForURL(`${http.url}/#/toezeggingen?${new URLSearchParams({ door: LAMBRECHTS, status: 'OVERDUE' })}`);

    interface Row { id: string; text: string; status: string; date: string | null; municipality: string; due: { text: string | null; earliest: string | null; latest: string | null } | null; madeBy: { name: string } | null; madeIn: { title: string } | null; dossier: { number: string } | null }
    const { commitments } = await api<{ commitments: { totalCount: number; edges: { node: Row }[] } }>(
      'query($filter: CommitmentFilter) { commitments(filter: $filter, orderBy: DUE_ASC, first: 100) { totalCount edges { node { id text status date municipality due { text earliest latest } madeBy { name } madeIn { title } dossier { number } } } } }',
      { filter: { madeBy: LAMBRECHTS, status: 'OVERDUE' } },
    );
    expect(commitments.totalCount).toBeGreaterThan(0);
    await poll(() => page.locator('table.commitments tbody tr').count()).toBe(commitments.totalCount);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exporteer als CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('toezeggingen.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
    expect(header).toEqual(['id', 'toezegging', 'status', 'termijn', 'termijn_vanaf', 'termijn_tot', 'gedaan_door', 'vergadering', 'datum', 'dossier', 'gemeente']);
    expect(rows).toEqual(
      commitments.edges.map(({ node: c }) => [c.id, c.text, c.status, c.due?.text ?? '', c.due?.earliest ?? '', c.due?.latest ?? '', c.madeBy?.name ?? '', c.madeIn?.title ?? '', c.date ?? '', c.dossier?.number ?? '', c.municipality]),
    );
    expect(rows.every((r) => r[2] === 'OVERDUE')).toBe(true);
    await expectAccessible(page, 'commitments');
    await page.screenshot({ path: join(DOCS, 'explorer-commitments.png'), fullPage: true });
    const shared = page.url();
    const shownTexts = await page.locator('table.commitments tbody tr td:first-child').allTextContents();
    await page.close();

    const again = await context.newPage();
    await again.goto(shared);
    await poll(() => again.locator('table.commitments tbody tr').count()).toBe(commitments.totalCount);
    expect(await again.locator('table.commitments tbody tr td:first-child').allTextContents()).toEqual(shownTexts);
    expect(await again.getByRole('combobox', { name: 'Gedaan door' }).inputValue()).toBe('Karin Lambrechts');
    expect(await again.getByLabel('Status').inputValue()).toBe('OVERDUE');
    await again.close();
  });

  it('is usable by keyboard: type, tab to a hit, Enter opens it', async () => {
    const page = await open('#/');
    await page.keyboard.type('Lambrechts');
    await poll(() => page.locator('.hit a').count()).toBeGreaterThan(0);
    const href = await page.locator('.hit a').first().getAttribute('href');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${http.url}/${href}`);
    await page.locator('h1').waitFor();
    await page.close();
  });

  it('reads on a phone-sized screen: no page wider than the screen', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'nl-NL' });
    await phone.route('**/*', async (route) => {
      const { hostname } = new URL(route.request().url());
      if (hostname !== '127.0.0.1') { outside.push(route.request().url()); await route.abort(); return; }
      await route.continue();
    });
    try {
      for (const hash of [entityHash(MEE_VIVENZ), `#/toezeggingen?${new URLSearchParams({ door: LAMBRECHTS })}`, `#/pad?${new URLSearchParams({ van: MEE_VIVENZ, naar: LOKAAL_PLAN_JEUGD })}`]) {
        const page = await phone.newPage();
        await page.goto(`${http.url}/${hash}`);
        await page.waitForLoadState('networkidle');
        await page.locator('h1').waitFor();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(390);
        await page.close();
      }
    } finally {
      await phone.close();
    }
  });

  it('ships under 1 MB of gzipped assets', () => {
    const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
    const gzipped = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(f.parentPath, f.name)), { level: 9 }).length, 0);
    console.log(`explorer assets: ${files.length} files, ${(gzipped / 1024).toFixed(0)} KiB gzipped`);
    expect(files.map((f) => f.name)).toContain('index.html');
    expect(gzipped).toBeLessThan(1024 * 1024);
  });

  it('asked only 127.0.0.1 for anything', () => {
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.every((u) => u.startsWith(`${http.url}/`) || u.startsWith('blob:') || u.startsWith('data:'))).toBe(true);
  });
});

/** RFC 4180: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { record.push(field); records.push(record); record = []; field = ''; i++; }
    else field += c;
  }
  if (field !== '' || record.length > 0) { record.push(field); records.push(record); }
  return records;
}

mkdirSync(DOCS, { recursive: true });
