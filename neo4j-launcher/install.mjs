// npm postinstall: resolve the embedded Neo4j's jars with Maven and record their classpath.
// Missing Java or Maven is not fatal: it says what to install, and `npm start` still works
// against a server given by NEO4J_URI.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pom = join(here, 'pom.xml');
const classpathFile = join(here, 'classpath.txt');

function has(command, args) {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  return probe.status === 0;
}

function skip(reason) {
  console.warn(`raadsgraaf: the embedded Neo4j was not installed: ${reason}`);
  console.warn('raadsgraaf: `npm start` needs NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) until it is.');
  process.exit(0);
}

if (process.env.RAADSGRAAF_SKIP_NEO4J_INSTALL === '1') {
  skip('RAADSGRAAF_SKIP_NEO4J_INSTALL=1');
}
if (!has('java', ['-version'])) {
  skip('no `java` on PATH. Install a Java 17+ runtime (Debian: apt-get install openjdk-17-jre-headless), then run `npm run postinstall`.');
}
if (!has('mvn', ['-v'])) {
  skip('no `mvn` on PATH. Install Apache Maven (Debian: apt-get install maven), then run `npm run postinstall`.');
}
if (existsSync(classpathFile) && statSync(classpathFile).mtimeMs >= statSync(pom).mtimeMs) {
  console.log('raadsgraaf: embedded Neo4j jars already resolved');
  process.exit(0);
}

console.log('raadsgraaf: resolving the embedded Neo4j jars with Maven (first time: about a minute) ...');
const started = Date.now();
const result = spawnSync(
  'mvn',
  ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`],
  { stdio: ['ignore', 'inherit', 'inherit'] },
);
if (result.status !== 0) {
  console.error(`raadsgraaf: Maven could not resolve the Neo4j jars (exit ${result.status}); see its output above.`);
  process.exit(1);
}
console.log(`raadsgraaf: embedded Neo4j ready to run (${((Date.now() - started) / 1000).toFixed(1)} s)`);
