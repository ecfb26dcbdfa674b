import type { FileOutcome } from './ingest-file.js';

/** What an ingestion run did, for people (formatSummary) and for --json. */
export interface IngestSummary {
  readonly files: number;
  readonly created: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly extracted: number;
  readonly factsByKind: Readonly<Record<string, number>>;
  readonly relationships: number;
  readonly failed: readonly { readonly file: string; readonly reason: string }[];
  readonly seconds: number;
  readonly dryRun: boolean;
}

export function summarise(outcomes: readonly FileOutcome[], ms: number, dryRun: boolean): IngestSummary {
  const factsByKind: Record<string, number> = {};
  let relationships = 0;
  let created = 0;
  let replaced = 0;
  let unchanged = 0;
  let extracted = 0;
  const failed: { file: string; reason: string }[] = [];
  for (const o of outcomes) {
    if (!o.ok) {
      failed.push({ file: o.path, reason: o.error });
      continue;
    }
    extracted++;
    if (o.load?.status === 'unchanged') {
      unchanged++;
      continue;
    }
    if (o.load?.status === 'created') created++;
    if (o.load?.status === 'replaced') replaced++;
    for (const n of o.document.nodes) factsByKind[n.label] = (factsByKind[n.label] ?? 0) + 1;
    relationships += o.document.edges.length;
  }
  return { files: outcomes.length, created, replaced, unchanged, extracted, factsByKind, relationships, failed, seconds: ms / 1000, dryRun };
}

export function formatSummary(s: IngestSummary): string {
  const lines = [
    '',
    `${s.files} file(s) in ${s.seconds.toFixed(1)} s: ` +
      (s.dryRun ? `${s.extracted} extracted (dry run, nothing written)` : `${s.created} new, ${s.replaced} replaced, ${s.unchanged} unchanged`) +
      `, ${s.failed.length} failed`,
  ];
  const kinds = Object.entries(s.factsByKind).sort(([a], [b]) => a.localeCompare(b));
  if (kinds.length > 0) {
    lines.push(`facts: ${kinds.map(([k, n]) => `${k} ${n}`).join(', ')}; relationships ${s.relationships}`);
  }
  for (const f of s.failed) lines.push(`FAILED ${f.reason}`);
  return `${lines.join('\n')}\n`;
}
