import { describe, expect, it } from 'vitest';
import { extractReal } from '../support/real-text.js';

/** The start of a meeting from the headers of real minutes, with the day part old minutes give. */
function starts(file: string): unknown[] {
  return extractReal(file).nodes.filter((n) => n.label === 'Meeting').map((n) => n.props.start);
}

describe('meeting times in the headers of real minutes', () => {
  it.each([
    // `gehouden op maandag 22 december 1969, des avonds om 7 uur`
    ['270-ettenleur-raadsnotulen-1969-p265.txt', '1969-12-22T19:00'],
    // `op vrijdag 5 oktober 1962 des namiddags 18.45 uur`
    ['114-zevenbergen-raadsnotulen-1962-p50.txt', '1962-10-05T18:45'],
    // `op dinsdag 21 juni 1983, 's avonds om 19.30 uur`
    ['064-idaarderadeel-notulen-1983-06-21-p5.txt', '1983-06-21T19:30'],
    // `op 27 september 1994 des avonds om 20.00 uur`
    ['257-woensdrecht-raadsnotulen-1994-09-27-p96.txt', '1994-09-27T20:00'],
  ])('%s starts at %s', (file, iso) => {
    expect(starts(file)).toEqual([{ kind: 'datetime', iso }]);
  });
});
