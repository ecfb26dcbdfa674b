import { describe, expect, it } from 'vitest';
import type { ExtractedDocument } from '../../src/ingest/facts.js';
import { sentences, shadowText } from '../../src/ingest/text.js';
import { corpusText, extractReal, locate } from '../support/real-text.js';

const commitments = (doc: ExtractedDocument) =>
  doc.nodes
    .filter((n) => n.label === 'Commitment')
    .map((n) => [String(n.props.text), doc.edges.filter((e) => e.type === 'COMMITTED' && e.to === n.id).map((e) => e.from)]);

describe('turns of OCR\'d minutes and the undertakings in them (Steenbergen raadsnotulen)', () => {
  it('starts a unit at a turn label without a colon, also where the full stop before it was lost', () => {
    const file = '299-steenbergen-raadsnotulen-1956-p136.txt';
    const text = corpusText(file);
    const sh = shadowText(text);
    const { start, end } = locate(text, 'De opdracht is toch gegeven.', 'dhr. AKKERMANS.');
    expect(sentences(sh, start, end).map((s) => text.slice(s.start, s.end))).toEqual([
      'De opdracht is toch gegeven.',
      'U kent de voorgeschie denis.',
      'Ik zal er de opperbrand- meester met spoed op attende-',
      'dhr. MARIJNISSEN.',
      'Zijn er brandblusmiddelen in de land bouwschool aanwezig.',
      'Zo neen. wilt U dan daarin voorzien door schuimblusapparaten.',
      'VOORZ. Ik zal het laten na gaan en zo nodig voorzieningen doen treffen.',
      'dhr. AKKERMANS.',
    ]);
  });

  it('credits the chair\'s `ik zal` and `we zullen` to the burgemeester, with any verb', () => {
    const doc = extractReal('296-steenbergen-raadsnotulen-1939-p83.txt');
    expect(commitments(doc)).toEqual([
      ['VOORZ. We zullen dit geval eens be spreken met de Commissie voor Openbare Werken.', ['body:gm0851:burgemeester']],
      ['We zullen Uw wensch doorgeven naar de Commissie voor Openbare Werken.', ['body:gm0851:burgemeester']],
    ]);
  });

  it('reads what the council can expect in the chair\'s turn as the chair\'s undertaking', () => {
    const doc = extractReal('300-steenbergen-raadsnotulen-1956-p53.txt');
    expect(commitments(doc)).toEqual([
      ['In de volgende raad kunt U een voorstel verwachten.', ['body:gm0851:burgemeester']],
      ['VOORZ. Ik zal u daaromtrent in de volgende vergadering in lichten.', ['body:gm0851:burgemeester']],
    ]);
  });
});

describe('a council member\'s own future is not the executive\'s undertaking', () => {
  it('takes the chair\'s promises and leaves `dan zal ik een motie indienen, aldus de heer de Vries` (Teteringen, 1969)', () => {
    const doc = extractReal('161-teteringen-raadsnotulen-1969-p43.txt');
    expect(commitments(doc)).toEqual([
      ['De Voorzitter zegt de heer de Vries toe, het voorstel te zul len overnemen.', ['body:gm0854:burgemeester']],
      ['De Voorzitter zegt toe, de door dc neer van de Wijgcrd ver langde wijziging te zullen doen aanbrengen.', ['body:gm0854:burgemeester']],
    ]);
  });
});
