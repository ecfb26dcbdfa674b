import { describe, expect, it } from 'vitest';
import {
  municipalityCandidates,
  municipalityForFolder,
  municipalityMentionedIn,
  municipalityNodeProps,
  resolveMunicipality,
} from '../../src/ingest/municipalities.js';

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

describe('municipalityMentionedIn, former municipalities and common words', () => {
  it('finds a former municipality where the text owns it', () => {
    expect(municipalityMentionedIn('Notulen van de openbare vergadering van de raad der gemeente Halsteren, gehouden op 12 mei 1989.')?.cbsCode).toBe('GM0789');
    expect(municipalityMentionedIn('Vragen aan het college van burgemeester en wethouders van Rijsbergen over de kermis.')?.cbsCode).toBe('GM0841');
    expect(municipalityMentionedIn('Reacties graag naar griffie@leeuwarderadeel.nl.')?.cbsCode).toBe('GM0081');
    expect(municipalityMentionedIn('Verslag van de gemeenteraad van FIJNAART EN HEIJNINGEN')?.cbsCode).toBe('GM0778');
  });

  it('does not take a village or a former municipality for the document owner on a bare mention', () => {
    expect(municipalityMentionedIn('De fietsroute loopt van Halsteren naar Lepelstraat.')).toBeNull();
    expect(municipalityMentionedIn('Het dorpshuis in de voormalige gemeente Halsteren krijgt een nieuw dak.')).toBeNull();
  });

  it('does not read names that are also common words loosely', () => {
    expect(municipalityMentionedIn('Best wel een goed plan, vinden de Buren. Goes het mis, dan Putten we uit de reserve.')).toBeNull();
    expect(municipalityMentionedIn('De raad besluit het voorstel van de gemeente Best over te nemen.')?.cbsCode).toBe('GM0753');
  });

  it('does not read a surname or a province as the municipality', () => {
    expect(municipalityMentionedIn('Aanwezig: mevrouw van Tilburg en de heer Van Dordrecht.')).toBeNull();
    expect(municipalityMentionedIn('Subsidie van de provincie Utrecht voor het fietspad.')).toBeNull();
  });

  it('does not take another municipality the text works with for its own', () => {
    const text = 'Het samen met de gemeente Utrecht gemaakte warmteplan is aangenomen. Alleen Samen Stichtse Vecht stemde tegen; in Stichtse Vecht geldt opkoopbescherming.';
    expect(municipalityMentionedIn(text)?.cbsCode).toBe('GM1904');
  });

  it('reads the municipality in the host of a council information system', () => {
    expect(municipalityMentionedIn('SOURCE: https://raad.zutphen.nl/vergaderstukken/forum\n\nVerslag van het forum.')?.cbsCode).toBe('GM0301');
    expect(municipalityMentionedIn('Zie https://leiden.notubiz.nl/vergadering/123')?.cbsCode).toBe('GM0546');
    expect(municipalityMentionedIn('SOURCE: https://leidschendam-voorburg.debatrijk.nl/politiekplein/transcript/743\n\nDe motie.')?.cbsCode).toBe('GM1916');
    expect(municipalityMentionedIn('SOURCE: https://drimmelen.begrotingsapp.nl/voorjaarsnota-2021/project/fiets\n\nHet fietsonderzoek.')?.cbsCode).toBe('GM1719');
    expect(municipalityMentionedIn('SOURCE: https://steenbergen.raadsinformatie.nl/vergadering/1\n\nDe raad.')?.cbsCode).toBe('GM0851');
  });

  it("reads the municipality's own domain, with or without 'gemeente' in front", () => {
    expect(municipalityMentionedIn('SOURCE: https://raad.gemeente-steenbergen.nl/actueel/moties\n\nMoties van de raad.')?.cbsCode).toBe('GM0851');
    expect(municipalityMentionedIn('SOURCE: https://www.dordrecht.nl/nieuws/1\n\nHet college.')?.cbsCode).toBe('GM0505');
    expect(municipalityMentionedIn('SOURCE: https://pijnacker-nootdorp.tv/onderzoek-grondprijzen\n\nHet onderzoek.')?.cbsCode).toBe('GM1926');
  });

  it("reads a party's local branch: its subdomain, its path on the party's own site, a local party's domain", () => {
    expect(municipalityMentionedIn('SOURCE: https://dronten.d66.nl/2017/11/19/raadscommissie/\n\nDe raadscommissie.')?.cbsCode).toBe('GM0303');
    expect(municipalityMentionedIn('SOURCE: https://d66.nl/leudal/nieuws/raadsvragen-kermis/\n\nRaadsvragen.')?.cbsCode).toBe('GM1640');
    expect(municipalityMentionedIn('SOURCE: https://www.cda.nl/zuid-holland/hillegom/actueel/nieuws/raadsbrief\n\nDe raadsbrief.')?.cbsCode).toBe('GM0534');
    expect(municipalityMentionedIn('SOURCE: https://www.cdadordrecht.nl/2012/04/18/spelen/\n\nKinderen.')?.cbsCode).toBe('GM0505');
    expect(municipalityMentionedIn('SOURCE: https://gemeentebelangen-borger-odoorn.nl/gbo/zonne-akkers/\n\nZonne-akkers.')?.cbsCode).toBe('GM1681');
  });

  it("reads no municipality from a news site's path, nor from a party site's path that is a province alone", () => {
    // Doc 074 of the corpus: a Steenbergen story filed under the paper's Bergen op Zoom section.
    expect(municipalityMentionedIn('SOURCE: https://www.bndestem.nl/bergen-op-zoom/de-stelle-in-de-heen\n\nHet dorpshuis.')).toBeNull();
    expect(municipalityMentionedIn('SOURCE: https://www.cda.nl/utrecht/nieuws/stemmen\n\nDe verkiezingen.')).toBeNull();
    expect(municipalityMentionedIn('SOURCE: https://lta.nu/woerden/P-222.html\n\nDe bestuursopdracht.')).toBeNull();
  });
});

describe('municipalityMentionedIn, dated texts, places and persons', () => {
  it('counts a former municipality named bare in a text its SOURCE dates within its lifetime, not after', () => {
    const minutes = (year: string): string => `SOURCE: https://raadsnotulen.westbrabantsarchief.nl/issue/NGHAL/${year}-01-01/edition/null/page/80\n\nDe fietsroute in Halsteren wordt verlegd.`;
    expect(municipalityMentionedIn(minutes('1996'))?.cbsCode).toBe('GM0789');
    expect(municipalityMentionedIn(minutes('1997'))).toBeNull();
    expect(municipalityMentionedIn('SOURCE: https://nieuws.example/2011/10/31/bieb/\n\nDe wethouder sprak in de raadscommissie Kollumerland.')?.cbsCode).toBe('GM0079');
  });

  it('reads a host named after a municipality dissolved before websites as the place, of the municipality that holds it now', () => {
    // Stompwijk went into Leidschendam in 1938, Leidschendam into Leidschendam-Voorburg in 2002.
    expect(municipalityMentionedIn('SOURCE: https://stompwijk.nl/?p=60704\n\nDe weg zakt weer.')?.cbsCode).toBe('GM1916');
    // Leeuwarderadeel existed until 2018, its own domain with it.
    expect(municipalityMentionedIn('Reacties graag naar griffie@leeuwarderadeel.nl.')?.cbsCode).toBe('GM0081');
  });

  it('reads no municipality in a surname after initials or a title, nor in a place someone is in touch with or lives in', () => {
    expect(municipalityMentionedIn('Aanwezig: p.M.M. Roosendaal en J. Breda.')).toBeNull();
    expect(municipalityMentionedIn('Deelt mede dat de heer Schermer en de heren Knossen zitting nemen.')).toBeNull();
    expect(municipalityMentionedIn('Er is contact geweest met Den Bosch; ik heb naar Den Bosch gebeld.')).toBeNull();
    expect(municipalityMentionedIn('Als reserve: J. v.d. Hoogt te Dordrecht.')).toBeNull();
    expect(municipalityMentionedIn('Het raadhuis in Dordrecht; vragen over Dordrecht.')?.cbsCode).toBe('GM0505');
    expect(municipalityMentionedIn('Een eenvoudige informatie bij "De Bilt" was genoeg geweest.')).toBeNull();
  });

  it('reads Den Haag and Den Bosch bare as the government seated there, and owned as the municipality', () => {
    expect(municipalityMentionedIn('De ambtenaren in Den Bosch zeggen het; het geld komt uit Den Haag.')).toBeNull();
    expect(municipalityMentionedIn('De gemeente Den Bosch meldde dat er een azc in Den Bosch komt.')?.cbsCode).toBe('GM0796');
    expect(municipalityMentionedIn("Verslag uit 's-Hertogenbosch over het azc.")?.cbsCode).toBe('GM0796');
  });
});

describe('municipality names from folders and --municipality', () => {
  it.each([
    ['leeuwarderadeel', 'GM0081'],
    ['fijnaart-en-heijningen', 'GM0778'],
    ['Fijnaart en Heyningen', 'GM0778'],
    ['halsteren', 'GM0789'],
    ['idaarderadeel', 'GM0078'],
    ['rijsbergen', 'GM0841'],
    ['s-hertogenbosch', 'GM0796'],
    ["'S-HERTOGENBOSCH", 'GM0796'],
    ['den-haag', 'GM0518'],
    ['sudwest-fryslan', 'GM1900'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['bergen-nh', 'GM0373'],
    ['Bergen (L.)', 'GM0893'],
    ['hengelo', 'GM0164'],
    ['GM0505', 'GM0505'],
    ['gm0081', 'GM0081'],
    // the first place of a municipality named after several, as the corpus's file 303 names it
    ['dinteloord', 'GM0764'],
    ['nuenen', 'GM0820'],
    // a place that is a municipality of its own stays that one (Made, 1997-1998), not Made en Drimmelen
    ['made', 'GM1665'],
  ])('reads the folder %s as %s', (folder, code) => expect(municipalityForFolder(folder)?.cbsCode).toBe(code));

  it('reads no municipality from a year, an ambiguous or an unknown name', () => {
    expect(municipalityForFolder('2019')).toBeNull();
    expect(municipalityForFolder('bergen')).toBeNull();
    expect(municipalityCandidates('bergen').map((m) => m.cbsCode)).toEqual(['GM0373', 'GM0893']);
    expect(municipalityForFolder('documents')).toBeNull();
  });

  it('takes a CBS code given on the command line, known or not', () => {
    expect(resolveMunicipality('0505')?.name).toBe('Dordrecht');
    expect(resolveMunicipality('GM9998')).toEqual({ cbsCode: 'GM9998', name: 'GM9998', from: null, until: null, successor: null });
  });

  it('files a municipality without a CBS code under its successor, keeping the name it was given', () => {
    expect(resolveMunicipality('Katendrecht')).toMatchObject({ cbsCode: 'GM0599', name: 'Rotterdam', keyedFrom: 'Katendrecht' });
  });

  it('gives a former municipality node its end date and successor, and leaves a current one alone', () => {
    expect(municipalityNodeProps('GM0081')).toEqual({ formerUntil: { kind: 'date', iso: '2018-01-01' }, successor: 'GM0080' });
    expect(municipalityNodeProps('GM0505')).toEqual({});
  });
});
