/**
 * Prints the README's examples as Markdown: each one's question, its operation, its variables
 * and its real result on the seeds (run through executeOperation, as a client would get it).
 * With --write, puts that section into README.md between the examples markers and changes
 * nothing else. tests/integration/readme-examples.test.ts asserts the same results.
 *
 *   npx tsx tests/bench/readme-examples.ts            (embedded Neo4j on a temporary folder, seeds loaded)
 *   npx tsx tests/bench/readme-examples.ts --write
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createContext } from '../../src/context.js';
import { createLogger } from '../../src/logger.js';
import { createServer } from '../../src/server.js';
import { README_EXAMPLES, type ReadmeExample } from '../support/readme-examples.js';
import { openSeededDatabase } from './seeded-database.js';

const README = 'README.md';
const START = '<!-- examples:start -->';
const END = '<!-- examples:end -->';

const USERS: Readonly<Record<ReadmeExample['user'], string>> = { analyst: 'Analyst', frontend: 'Frontend', journalist: 'Journalist' };

function section(example: ReadmeExample, result: unknown): string {
  const vars = Object.keys(example.variables).length > 0 ? `\nVariables:\n\n\`\`\`json\n${compactJson(example.variables)}\n\`\`\`\n` : '';
  return [
    `### ${USERS[example.user]}: ${example.description}`,
    '',
    '```graphql',
    example.query,
    '```',
    vars,
    'Result on the seed documents:',
    '',
    '```json',
    compactJson(result),
    '```',
    '',
  ].join('\n');
}

/**
 * JSON indented by two spaces, except that an object or array that fits on one line of at most
 * `width` characters (with its indentation) is written on that line: short to read, still JSON.
 */
export function compactJson(value: unknown, indent = '', width = 110): string {
  const flat = inline(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((v) => inner + compactJson(v, inner, width)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${inner}${JSON.stringify(k)}: ${compactJson(v, inner, width)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/** JSON on one line with a space after each `,` and `:` between items (never inside strings). */
function inline(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  return `{ ${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
}

/** README.md with `body` between the markers; throws when the markers are missing. */
export function replaceBetweenMarkers(readme: string, body: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${README} has no ${START} ... ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${body}${readme.slice(end)}`;
}

async function main(): Promise<void> {
  const write = process.argv.includes('--write');
  const logger = createLogger('warn');
  const { db, close } = await openSeededDatabase(logger, 'readme-examples');
  const server = createServer({ db, logger });
  try {
    await server.start();
    const parts: string[] = [
      'Every example below is a test (`tests/integration/readme-examples.test.ts`), and the results are the real output on the two Dordrecht seed documents (regenerate with `npx tsx tests/bench/readme-examples.ts --write`).',
      '',
    ];
    for (const example of README_EXAMPLES) {
      const response = await server.executeOperation({ query: example.query, variables: { ...example.variables } }, { contextValue: createContext(db, logger) });
      if (response.body.kind !== 'single') throw new Error(`${example.name}: expected a single result`);
      const { data, errors } = response.body.singleResult;
      if (errors !== undefined) throw new Error(`${example.name}: ${JSON.stringify(errors)}`);
      parts.push(section(example, { data }));
    }
    const markdown = parts.join('\n');
    if (write) {
      // Read just before writing: others may be editing the rest of the README.
      writeFileSync(README, replaceBetweenMarkers(readFileSync(README, 'utf8'), markdown));
      console.log(`wrote ${README_EXAMPLES.length} examples into ${README}`);
    } else {
      console.log(markdown);
    }
  } finally {
    await server.stop();
    await close();
  }
}

await main();
