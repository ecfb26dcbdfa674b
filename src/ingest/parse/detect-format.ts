import type { SourceFormat } from '../facts.js';
import { isDossierPage } from './dossier-page.js';

/**
 * Which kind of council document a text is, from its shape. Order matters: the most specific
 * shapes first; `text` when none fits (extraction then treats it as running prose).
 */
export function detectFormat(text: string): SourceFormat {
  const head = text.slice(0, 800);
  if (isDossierPage(text)) return 'dossier-page';
  if (/^\s*Toezegging\s+(?:nr\.?\s*|nummer\s*)?[A-Z]{0,4}[-\s]?\d{2,4}(?:[-/.]\d{1,4})?\b/im.test(head) && /^\s*Status\s*:/im.test(text)) return 'commitment-record';
  if (/^\s*(?:Motie|Amendement)\b/im.test(head.slice(0, 300)) && /\bDe\s+(?:gemeente)?raad\s+van\s+(?:de\s+gemeente\s+)?\w+/i.test(text) && /\b(?:verzoekt|draagt|besluit|roept)\b/i.test(text)) return 'motion';
  if (/\bbesluitenlijst\b/i.test(head.slice(0, 400))) return 'decision-list';
  const speakerLabels = text.match(/^\s*(?:De heer|Mevrouw|Wethouder|Burgemeester|De voorzitter|Voorzitter|Dhr\.|Mw\.)[^:\n]{0,60}:/gm) ?? [];
  if (/\b(?:notulen|verslag|woordelijk)\b/i.test(head.slice(0, 500)) && speakerLabels.length >= 3) return 'minutes';
  if (/^\s*(?:Agendapunt|Agenda\s*punt|Punt)\s*\d+/im.test(text) && /^\s*Besluit\s*:/im.test(text)) return 'meeting-page';
  if (/\braadsinformatiebrief\b|\bGeachte\s+(?:raad|leden|voorzitter|heer|mevrouw)|^\s*Aan\s+de\s+(?:gemeente)?raad\b|^\s*Aan\s+de\s+leden\s+van\b/im.test(head)) return 'letter';
  const lineList = text.split(/\n/).filter((l) => l.trim() !== '');
  const short = lineList.filter((l) => l.trim().length < 60).length;
  const bullets = (text.match(/^\s*[«»•*▪]\s*/gm) ?? []).length;
  if (lineList.length > 8 && short / lineList.length > 0.5 && bullets >= 3) return 'slides';
  return 'text';
}
