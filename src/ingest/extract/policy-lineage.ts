import type { Span } from '../text.js';
import type { DocContext } from './context.js';
import { ev } from './context.js';
import { findPolicies, type PolicyMention } from './policies.js';

/**
 * Policy lineage where a text states it: `Het Uitvoeringsprogramma X bouwt voort op de Woonvisie`,
 * `... is een uitwerking van het Coalitieakkoord`, `in lijn met het Armoedebeleid`, `op basis van
 * het Wmo-beleidsplan`: the policy before the phrase BUILDS_ON the policy right after it. When the
 * sentence opens with `Dit plan` / `Deze nota` and names no policy before the phrase, the earlier
 * policy is the one the document's title names.
 */
const LINEAGE = /\b(?:bouw(?:t|en)\s+(?:verder\s+)?voort\s+op|voortbouwend\s+op|(?:is|zijn|vormt|vormen)\s+(?:een|de)\s+(?:verdere\s+)?(?:uitwerking|vervolg|opvolger|actualisatie|concretisering)\s+(?:van|op)|(?:als\s+)?uitwerking\s+van|in\s+lijn\s+met|in\s+het\s+verlengde\s+van|(?:is|zijn)\s+gebaseerd\s+op|(?:vloeit|vloeien)\s+voort\s+uit|geeft\s+uitvoering\s+aan|op\s+basis\s+van|volgt\s+op)\s+(?:(?:het|de|ons|onze|het\s+eerder\s+vastgestelde|de\s+eerder\s+vastgestelde)\s+)?/gi;

const SELF = /^\s*(?:dit|deze|ons)\s+(?:nieuwe\s+)?(?:plan|programma|uitvoeringsprogramma|actieplan|beleidsplan|nota|notitie|visie|beleid|beleidskader|kader|startnotitie|verordening)\b/i;

/** The policy the document's title (its first lines) names: what `dit plan` means. */
export function titlePolicy(ctx: DocContext): PolicyMention | null {
  const firstBreak = ctx.shLines.search(/\n\s*\n/);
  const end = Math.min(ctx.sh.length, firstBreak > 0 ? Math.min(firstBreak, 300) : 300);
  return findPolicies(ctx, 0, end)[0] ?? null;
}

export function extractPolicyLineage(ctx: DocContext, u: Span): void {
  const s = ctx.sh.slice(u.start, u.end);
  const re = new RegExp(LINEAGE.source, LINEAGE.flags);
  let m: RegExpExecArray | null;
  let policies: PolicyMention[] | null = null;
  while ((m = re.exec(s)) !== null) {
    policies ??= findPolicies(ctx, u.start, u.end);
    const phraseEnd = u.start + m.index + m[0].length;
    const target = policies.find((p) => p.start >= phraseEnd && p.start - phraseEnd <= 2);
    if (target === undefined) continue;
    const phraseStart = u.start + m.index;
    let source: PolicyMention | null = [...policies].reverse().find((p) => p.end <= phraseStart) ?? null;
    if (source === null && SELF.test(s)) source = titlePolicy(ctx);
    if (source === null || source.id === target.id) continue;
    ctx.facts.edge('BUILDS_ON', source.id, target.id, {}, ev(ctx, u.start, u.end));
  }
}
