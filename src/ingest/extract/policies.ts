import { entityId } from '../ids.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';

/**
 * Policies named in prose: plans, notes, frameworks and agreements of the kinds councils adopt.
 * A policy's id is its kind plus its name, so `Lokaal plan jeugd` is the same node wherever it
 * is named.
 */
export interface PolicyShape {
  readonly kind: string;
  readonly pattern: RegExp;
}

const NAME_TAIL = `(?:\\s+(?:"|')?(?:Een\\s+|De\\s+|Het\\s+)?[A-Z][\\w-]*(?:\\s+(?:[a-z][\\w-]*|[A-Z][\\w-]*)){0,6}(?:"|')?(?:\\s+(?:19|20)\\d{2}(?:\\s*-\\s*(?:19|20)\\d{2})?(?![\\w-]))?)`;

export const POLICY_SHAPES: readonly PolicyShape[] = [
  { kind: 'lokaal plan', pattern: /\bLokaal\s+plan\s+[a-z]\w+(?:\s+(?:en|&)\s+\w+)?\b/gi },
  { kind: 'investeringsplan', pattern: /\bInvesteringsplan\s+(?:sociaal\s+domein|[a-z]\w+)\b/gi },
  { kind: 'regeling', pattern: /\b[A-Z]\w*regeling(?:\s+[A-Z]\w+(?:\s+(?:en|&)\s+[A-Z]\w+)?)?/g },
  { kind: 'agenda', pattern: /\b(?!(?:De|Het|Een|Deze|Die)\s)[A-Z]\w+\s+agenda\b/g },
  { kind: 'beleid', pattern: /\b[A-Z]\w+beleid(?:\s+\d{4}(?:\s*-\s*\d{4})?)?(?![\w-])/g },
  { kind: 'beleidsplan', pattern: /\b(?:[A-Z]\w*|Wmo|Jeugd|Integraal|Sociaal)\s*-?\s*beleidsplan(?:\s+\d{4}(?:\s*-\s*\d{4})?)?\b|\bBeleidsplan\s+[a-z]\w+(?:\s+[a-z]\w+)?\b/gi },
  { kind: 'transitiearrangement', pattern: /\b(?:Beleidsrijk|Regionaal)\s+Transitiearrangement\b/gi },
  { kind: 'coalitieakkoord', pattern: /\bcoalitieakkoord(?:\s+\d{4}\s*-\s*\d{4})?\b|\bbestuursakkoord\b|\bcollegeprogramma\b/gi },
  { kind: 'startnotitie', pattern: new RegExp(`\\b[Ss]tartnotitie${NAME_TAIL}`, 'g') },
  { kind: 'notitie', pattern: new RegExp(`(?<![Ss]tart)\\b[Nn]otitie${NAME_TAIL}`, 'g') },
  { kind: 'visie', pattern: new RegExp(`\\b(?:[A-Z][a-z]+)?[Vv]isie${NAME_TAIL}|\\b(?:Woonvisie|Omgevingsvisie|Mobiliteitsvisie)(?:\\s+\\d{4}(?:\\s*-\\s*\\d{4})?)?\\b`, 'g') },
  { kind: 'nota', pattern: new RegExp(`\\b(?:Kadernota|Nota)${NAME_TAIL}`, 'g') },
  { kind: 'actieplan', pattern: new RegExp(`\\b(?:Actieplan|Uitvoeringsprogramma|Programmaplan|Plan van aanpak)${NAME_TAIL}`, 'g') },
  { kind: 'verordening', pattern: new RegExp(`\\b[A-Z]\\w*[Vv]erordening(?:\\s+[a-z]\\w+)?(?:\\s+\\d{4})?\\b|\\bVerordening${NAME_TAIL}`, 'g') },
];

/** A verb after a name starts the clause the name is the subject of: `Actieplan Schulden bouwt voort op ...`. */
const CLAUSE_AFTER_NAME = /\s+(?:bouwt|bouwen|is|wordt|werd|zijn|heeft|hebben|gaat|komt|moet|kan|zal|staat|geeft|vormt|volgt|biedt|beschrijft|loopt|bevat|regelt|vraagt|sluit|past)\b[\s\S]*$/;

/** The name without the words that end a name in running text. */
function trimName(raw: string): string {
  return raw
    .replace(/["']/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+(?:is|wordt|werd|zijn|en|de|het|een|van|voor|in|op|met|te|dat|die|om|naar|bij|over|vast|aan)$/i, '')
    .replace(/\s+(?:is|wordt|werd|zijn|en|de|het|een|van|voor|in|op|met|te|dat|die|om|naar|bij|over|vast|aan)$/i, '')
    .trim();
}

export interface PolicyMention {
  readonly id: string;
  readonly kind: string;
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export function findPolicies(ctx: DocContext, start: number, end: number): PolicyMention[] {
  const text = ctx.sh.slice(start, end);
  const found: PolicyMention[] = [];
  for (const shape of POLICY_SHAPES) {
    const re = new RegExp(shape.pattern.source, shape.pattern.flags);
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const name = trimName(m[0].replace(CLAUSE_AFTER_NAME, ''));
      const s = start + m.index;
      const e = s + name.length;
      if (name.split(' ').length < 1 || found.some((f) => s < f.end && e > f.start)) continue;
      if (/^(?:notitie|nota|visie|startnotitie)$/i.test(name) || /^(?:Subsidieregeling|Regeling)$/.test(name)) continue;
      const canonical = name
        .replace(/^(\S+)\s+(?:Een|De|Het)\s+/i, '$1 ')
        .replace(/\s*-\s*/g, '-')
        .toLowerCase();
      const display = name.charAt(0).toUpperCase() + name.slice(1);
      const id = entityId('policy', ctx.municipality, canonical);
      ctx.facts.node(id, 'Policy', { name: display.replace(/\s*-\s*/g, '-'), kind: shape.kind, municipality: ctx.municipality }, ev(ctx, s, e));
      found.push({ id, kind: shape.kind, name: display, start: s, end: e });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export const policyMentions = (ctx: DocContext, start: number, end: number): string[] => findPolicies(ctx, start, end).map((p) => p.id);
