import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Cypher registry: every query the application runs lives in `cypher/<domain>/<name>.cypher`
 * and is reviewed as an artefact. Stores ask for a query by name once, at import time, so a
 * missing file fails at start-up, not on the first request.
 */
export const CYPHER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../cypher');

const cache = new Map<string, string>();

/** The text of `cypher/<name>.cypher`, e.g. `cypher('dossier/by-number')`. */
export function cypher(name: string): string {
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const text = readFileSync(join(CYPHER_DIR, `${name}.cypher`), 'utf8');
  cache.set(name, text);
  return text;
}

/** The statements of a multi-statement file (schema files), split on `;` at line ends; comments dropped. */
export function statements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Every query name under cypher/, for the test that checks they all parse. */
export function allCypherNames(dir = CYPHER_DIR): string[] {
  const names: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) names.push(...allCypherNames(full));
    else if (entry.name.endsWith('.cypher')) names.push(relative(CYPHER_DIR, full).replace(/\.cypher$/, ''));
  }
  return names.sort();
}
