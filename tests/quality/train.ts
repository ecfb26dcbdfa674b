/**
 * Trains the commitment scorer on the whole real corpus (tests/corpus) and writes its weights to
 * src/ingest/extract/commitments/model.json, the model extraction uses.
 *
 *   npm run train               train and write
 *   npm run train -- --check    train and exit 1 when the result differs from the committed file
 *
 * Deterministic: the same corpus gives the same file, byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { trainModel } from '../../src/ingest/extract/commitments/train.js';
import { loadCorpus } from './corpus.js';
import { examplesOf } from './examples.js';

const MODEL = fileURLToPath(new URL('../../src/ingest/extract/commitments/model.json', import.meta.url));
const started = Date.now();
const corpus = loadCorpus();
const model = trainModel(examplesOf(corpus));
const json = `${JSON.stringify(model, null, 1)}\n`;
const { trainedOn: t } = model;
console.log(`trained on ${corpus.length} documents: ${t.units} candidate units, ${t.positives} commitments (${t.soft} soft); ${Object.keys(model.commitment.weights).length} weights; threshold ${model.threshold}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (process.argv.includes('--check')) {
  let committed = '';
  try { committed = readFileSync(MODEL, 'utf8'); } catch { /* absent: differs */ }
  if (committed !== json) {
    console.error('the committed model.json is not what the corpus trains: run npm run train and commit it');
    process.exit(1);
  }
  console.log('model.json is what the corpus trains');
} else {
  writeFileSync(MODEL, json);
  console.log(`wrote ${MODEL}`);
}
