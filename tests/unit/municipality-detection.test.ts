import { describe, expect, it } from 'vitest';
import { municipalityMentionedIn } from '../../src/ingest/municipalities.js';

describe('municipalityMentionedIn', () => {
  it('takes the municipality a document calls its own over one it only mentions', () => {
    const text = 'Raadsinformatiebrief. Samen met Rotterdam en Zwijndrecht bekijkt de gemeente Dordrecht de aanpak. Contact: info@dordrecht.nl';
    expect(municipalityMentionedIn(text)?.cbsCode).toBe('GM0505');
  });

  it('reads a bare mention when nothing else is named', () => {
    expect(municipalityMentionedIn('DORDRECHT\n\nToelichting bestuurders')?.cbsCode).toBe('GM0505');
  });

  it('gives up when two municipalities are named equally often, and when none is', () => {
    expect(municipalityMentionedIn('Overleg tussen Leiden en Haarlem over de regio.')).toBeNull();
    expect(municipalityMentionedIn('Vergadering van de commissie Onderwijs en Samenleving.')).toBeNull();
  });

  it('does not read a name inside a longer word', () => {
    expect(municipalityMentionedIn('De Dordrechtse wijkteams en de Bredase aanpak.')).toBeNull();
  });
});
