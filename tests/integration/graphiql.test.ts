import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { listen, type Listening } from '../../src/server.js';
import { connectTestDatabase, createTestServer, testLogger } from '../support/harness.js';

/**
 * GraphiQL at /graphql in headless Chromium (Debian's `chromium`, driven by playwright-core):
 * the page loads from our own server only, runs the README's first example and shows its
 * result. Skipped, saying so, when no Chromium is installed (.ci/run installs it).
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const README_FIRST_EXAMPLE = '{ dossier(number: "1873661") { subject created portfolioHolder { name } documents { kind title } } }';

describe.skipIf(!existsSync(CHROMIUM))('GraphiQL, offline, in headless Chromium', () => {
  let db: Database;
  let http: Listening;
  let browser: Browser;

  beforeAll(async () => {
    db = connectTestDatabase();
    http = await listen(createTestServer(db), { db, logger: testLogger, requestDeadlineMs: 60_000 }, 0, '127.0.0.1');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });

  afterAll(async () => {
    await browser?.close();
    await http?.stop();
    await db?.close();
  });

  it("loads from 127.0.0.1 only, runs the README's first example and shows the result", async () => {
    const page = await browser.newPage();
    const hosts = new Set<string>();
    page.on('request', (request) => {
      hosts.add(new URL(request.url()).hostname);
    });
    const url = `${http.url}?query=${encodeURIComponent(README_FIRST_EXAMPLE)}`;
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await page.locator('.graphiql-execute-button').click({ timeout: 30_000 });
    const result = page.locator('.result-window');
    await expect.poll(async () => result.innerText(), { timeout: 45_000, interval: 250 }).toContain('Karin Lambrechts');
    const text = await result.innerText();
    expect(text).toContain('"subject": "Vaststellen inhoudelijke en procesmatige kaders startnotitie Sterke basis in de wijk"');
    expect([...hosts]).toEqual(['127.0.0.1']);
    await page.close();
  });

  it('is not served to API clients, which get JSON at /graphql', async () => {
    const response = await fetch(`${http.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: 'application/json' } });
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
