import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldName, municipalityByCode } from '../../src/ingest/municipalities.js';

/**
 * src/ingest/data/municipalities.tsv against itself and against a second source: the CBS-based
 * list of 2022 in tests/fixtures/municipalities/cbs-2022.tsv (see both files' headers).
 */
function tsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

const [header, ...rows] = tsv(join(import.meta.dirname, '../../src/ingest/data/municipalities.tsv'));
const cbs2022 = tsv(join(import.meta.dirname, '../fixtures/municipalities/cbs-2022.tsv'));
const byBrp = new Map(rows.map((r) => [r[1] ?? '', r]));
const base = (name: string): string => foldName(name.replace(/\s*\([^)]*\)/g, ''));

describe('the municipality data file', () => {
  it('has its columns and one row per BRP code', () => {
    expect(header).toEqual(['cbs', 'brp', 'name', 'from', 'until', 'successor', 'note']);
    expect(rows.length).toBeGreaterThan(1400);
    expect(new Set(rows.map((r) => r[1])).size).toBe(rows.length);
    expect(rows.every((r) => /^\d{4}$/.test(r[1] ?? '') && (r[0] === '' || r[0] === `GM${r[1]}`))).toBe(true);
  });

  it('holds the 342 municipalities of today, each with a CBS code', () => {
    const current = rows.filter((r) => r[4] === '');
    expect(current).toHaveLength(342);
    expect(current.every((r) => r[0] !== '')).toBe(true);
  });

  it('agrees with the second source on every code and name of 2022', () => {
    expect(cbs2022).toHaveLength(345);
    const disagree = cbs2022.flatMap(([code = '', name = '']) => {
      const row = byBrp.get(code.slice(2));
      return row !== undefined && row[0] === code && base(row[2] ?? '') === base(name) ? [] : [`${code} ${name}: ${row?.join(' ') ?? 'missing'}`];
    });
    expect(disagree).toEqual([]);
  });

  it('has only the changes of 2022-2023 beyond the 2022 list: Weesp into Amsterdam, three into Voorne aan Zee', () => {
    const in2022 = new Set(cbs2022.map((r) => r[0]));
    const gone = rows.filter((r) => in2022.has(r[0]) && r[4] !== '').map((r) => `${r[2]} ${r[4]} ${r[5]}`);
    expect(gone).toEqual(['Weesp 2022-03-24 0363', 'Brielle 2023-01-01 1992', 'Hellevoetsluis 2023-01-01 1992', 'Westvoorne 2023-01-01 1992']);
    expect(rows.filter((r) => r[4] === '' && !in2022.has(r[0])).map((r) => r[2])).toEqual(['Voorne aan Zee']);
  });

  it('gives every former municipality a successor that exists and leads to one of today', () => {
    const broken = rows.flatMap((r) => {
      if (r[4] === '') return [];
      let at: string[] | undefined = r;
      for (let hops = 0; at !== undefined && at[4] !== ''; hops++) {
        if (hops > 20 || at[5] === '') return [`${r[2]}: stops at ${at[2]}`];
        at = byBrp.get(at[5] ?? '');
      }
      return at === undefined ? [`${r[2]}: successor missing`] : [];
    });
    // Elten and Tudderen were Dutch only from 1949 to 1963; the source gives them no successor.
    expect(broken).toEqual(['Elten: stops at Elten', 'Tudderen: stops at Tudderen']);
  });

  it('dates every former municipality and never ends one before it began', () => {
    const former = rows.filter((r) => r[4] !== '');
    expect(former.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r[4] ?? ''))).toBe(true);
    expect(rows.filter((r) => r[3] !== '' && r[4] !== '' && (r[3] ?? '') >= (r[4] ?? '')).map((r) => r[2])).toEqual([]);
  });

  it('knows the former municipalities the archives are full of', () => {
    expect(municipalityByCode('GM0081')).toMatchObject({ name: 'Leeuwarderadeel', until: '2018-01-01', successor: 'GM0080' });
    expect(municipalityByCode('GM0078')).toMatchObject({ name: 'Idaarderadeel', until: '1984-01-01', successor: 'GM0057' });
    expect(municipalityByCode('GM0841')).toMatchObject({ name: 'Rijsbergen', until: '1997-01-01', successor: 'GM0879' });
    expect(municipalityByCode('GM0789')).toMatchObject({ name: 'Halsteren', until: '1997-01-01', successor: 'GM0748' });
    expect(municipalityByCode('GM0778')).toMatchObject({ name: 'Fijnaart en Heijningen', until: '1997-01-01', successor: 'GM0878' });
    expect(municipalityByCode('GM0878')).toMatchObject({ name: 'Zevenbergen', until: '1998-04-01', successor: 'GM1709' });
    expect(municipalityByCode('GM1709')).toMatchObject({ name: 'Moerdijk', until: null, successor: null });
  });

  it('invents no CBS code for a municipality dissolved before the CBS numbering', () => {
    expect(rows.filter((r) => Number(r[1]) >= 1000 && Number(r[1]) < 1500).every((r) => r[0] === '')).toBe(true);
    expect(municipalityByCode('GM1093')).toBeUndefined(); // Katendrecht, BRP code 1093, dissolved 1874
  });
});
