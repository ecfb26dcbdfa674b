import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/ingest/extract-document.js';
import { agreementMatches, cases, commitmentMatches, decisionMatches, extract, MEASURED_RELATIONS, relationKey, requestMatches } from '../quality/expectations.js';

/** Every test document: each expected fact is found, traps are not commitments, evidence quotes the original text. */
for (const c of cases()) {
  describe(`extract ${c.name}`, () => {
    const doc = extract(c);
    const e = c.expected;
    const nodes = (label: string) => doc.nodes.filter((n) => n.label === label);

    it('detects the format', () => {
      expect(detectFormat(c.text)).toBe(e.format);
      expect(doc.source.format).toBe(e.format);
    });

    it('quotes evidence exactly from the original text', () => {
      for (const f of [...doc.nodes, ...doc.edges]) {
        for (const p of f.evidence) expect(p.quote).toBe(c.text.slice(p.start, p.end));
      }
    });

    it('stamps every fact node with the municipality', () => {
      for (const n of doc.nodes) if (n.label !== 'Municipality') expect(n.props.municipality).toBe(e.municipality);
    });

    for (const id of [...e.meetings, ...e.persons, ...e.fracties, ...e.organisations, ...e.policies]) {
      // A known miss is an expected failure: once extraction finds it, this fails until the fixture drops it from knownMisses.
      const test = e.knownMisses?.includes(id) ? it.fails : it;
      test(`finds ${id}`, () => expect(doc.nodes.map((n) => n.id)).toContain(id));
    }
    e.decisions.forEach((x) => it(`finds decision ${x.outcome}: ${x.textIncludes}`, () => expect(nodes('Decision').some((n) => decisionMatches(doc, n, x))).toBe(true)));
    e.commitments.forEach((x) => it(`finds ${x.kind} commitment of ${x.actor}: ${x.textIncludes} (${x.dueText ?? 'no due'})`, () => expect(nodes('Commitment').some((n) => commitmentMatches(doc, n, x))).toBe(true)));
    e.requests.forEach((x) => it(`finds ${x.kind} by ${x.actors.join(', ') || 'unnamed fracties'}: ${x.textIncludes}`, () => expect(nodes('Request').some((n) => requestMatches(doc, n, x))).toBe(true)));
    e.agreements.forEach((x) => it(`finds ${x.kind} agreement ${Object.keys(x.parties).join(', ')}`, () => expect(nodes('Agreement').some((n) => agreementMatches(doc, n, x))).toBe(true)));
    e.notCommitments.forEach((t) => it(`does not read "${t}" as a commitment`, () => expect(nodes('Commitment').filter((n) => String(n.props.text).includes(t))).toEqual([])));
    it('finds no more commitments than expected', () => expect(nodes('Commitment').length).toBe(e.commitments.length));
    if (e.relations !== undefined) {
      const found = doc.edges.filter((x) => MEASURED_RELATIONS(x.type, x.from));
      e.relations.forEach((r) => it(`finds ${relationKey(r)} with evidence`, () => expect(found.find((x) => relationKey(x) === relationKey(r))?.evidence.length ?? 0).toBeGreaterThan(0)));
      it('finds no memberships, lineage or policy subjects beyond the expected', () => expect(found.map(relationKey).sort()).toEqual(e.relations?.map(relationKey).sort()));
    }
  });
}
