/**
 * What Dutch council texts name: political parties (fracties), the organisations of the social
 * domain and public life, and the bodies of a municipality. Each entry has a canonical key (the id
 * slug, the same in every document) and the surface forms that mean it, so aliases resolve to one
 * node. Generic patterns (`Stichting X`, `woningcorporatie X`) catch organisations not listed.
 */

export interface FractieEntry {
  readonly key: string;
  readonly name: string;
  readonly abbreviation: string;
  readonly pattern: RegExp;
}

/**
 * Longer names first so `CU/SGP` wins over `SGP` and `GroenLinks-PvdA` over `PvdA`. Each name is
 * also matched in capitals, as OCR'd minutes and attendance lists print it (`(GROENLINKS)`, Breda
 * 1999), and with the common slips of its inner capital (`Groenlinks`, `Christenunie`). `GL` is
 * GroenLinks in every one of its 12 uses in tests/corpus (`R. Doorn (GL)`, `de fracties van HBB, GL
 * en PvdA`).
 */
export const FRACTIES: readonly FractieEntry[] = [
  { key: 'groenlinks-pvda', name: 'GroenLinks-PvdA', abbreviation: 'GL-PvdA', pattern: /\bGroen ?[Ll]inks[- ]PvdA\b|\bGL[- ]PvdA\b|\bGROEN ?LINKS[- ]PVDA\b|\bGL[- ]PVDA\b/ },
  { key: 'cu-sgp', name: 'ChristenUnie/SGP', abbreviation: 'CU/SGP', pattern: /\bCU[/ -]SGP\b|\bChristen ?[Uu]nie[/ -]SGP\b|\bCHRISTEN ?UNIE[/ -]SGP\b/ },
  { key: 'cda', name: 'CDA', abbreviation: 'CDA', pattern: /\bCDA\b/ },
  { key: 'pvda', name: 'Partij van de Arbeid', abbreviation: 'PvdA', pattern: /\bPvdA\b|\bPVDA\b|\bPartij van de Arbeid\b|\bPARTIJ VAN DE ARBEID\b/ },
  { key: 'd66', name: 'D66', abbreviation: 'D66', pattern: /\bD66\b|\bD'66\b/ },
  { key: 'sp', name: 'SP', abbreviation: 'SP', pattern: /\bSP\b(?![-/]?\d)/ },
  { key: 'groenlinks', name: 'GroenLinks', abbreviation: 'GL', pattern: /\bGroen ?[Ll]inks\b|\bGROEN ?LINKS\b|\bGL\b(?![- ](?:PvdA|PVDA))/ },
  { key: 'vvd', name: 'VVD', abbreviation: 'VVD', pattern: /\bVVD\b/ },
  { key: 'christenunie', name: 'ChristenUnie', abbreviation: 'CU', pattern: /\bChristen ?[Uu]nie\b|\bCHRISTEN ?UNIE\b|\bCU\b(?![/ -]SGP)/ },
  { key: 'sgp', name: 'SGP', abbreviation: 'SGP', pattern: /(?<![/-])\bSGP\b/ },
  { key: 'pvv', name: 'PVV', abbreviation: 'PVV', pattern: /\bPVV\b/ },
  { key: 'partij-voor-de-dieren', name: 'Partij voor de Dieren', abbreviation: 'PvdD', pattern: /\bPartij voor de Dieren\b|\bPARTIJ VOOR DE DIEREN\b|\bPvdD\b|\bPVDD\b/ },
  { key: '50plus', name: '50PLUS', abbreviation: '50PLUS', pattern: /\b50\s?PLUS\b/i },
  { key: 'denk', name: 'DENK', abbreviation: 'DENK', pattern: /\bDENK\b/ },
  { key: 'volt', name: 'Volt', abbreviation: 'Volt', pattern: /\bVolt\b|\bVOLT\b/ },
  { key: 'bbb', name: 'BoerBurgerBeweging', abbreviation: 'BBB', pattern: /\bBBB\b|\bBoerBurgerBeweging\b|\bBOERBURGERBEWEGING\b/ },
  { key: 'ja21', name: 'JA21', abbreviation: 'JA21', pattern: /\bJA21\b/ },
  { key: 'fvd', name: 'Forum voor Democratie', abbreviation: 'FvD', pattern: /\bFvD\b|\bFVD\b|\bForum voor Democratie\b|\bFORUM VOOR DEMOCRATIE\b/ },
  // Local parties: the common naming patterns of Dutch local lists.
  { key: '', name: '', abbreviation: '', pattern: /\b(?:Leefbaar|Stadsbelang|Stadspartij|Beter voor|Lokaal|Hart voor|Gemeentebelangen|Dorpsbelangen|Onafhankelijk|Groep)\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?|\b(?:Gemeentebelangen|Stadsbelang|Burgerbelangen)\b(?:[ \t]+(?!(?:De|Het|Een|En|In|Op|Voor|Wij|Wil|Dient|Stelt|Vraagt)\b)\p{Lu}\p{Ll}[\p{L}-]*)?/u },
];

export interface OrganisationEntry {
  readonly key: string;
  readonly name: string;
  readonly kind: string;
  readonly pattern: RegExp;
}

/** Organisations by name and alias. The key is the id slug; every alias maps to it. */
export const ORGANISATIONS: readonly OrganisationEntry[] = [
  { key: 'mee-vivenz', name: 'MEE-Vivenz', kind: 'welzijnsorganisatie', pattern: /\bMEE(?:[- ]?(?:Vivenz|VIVENZ))?\b|\bVivenz\b/ },
  { key: 'serviceorganisatie-jeugd', name: 'Serviceorganisatie Jeugd', kind: 'gemeenschappelijke regeling', pattern: /\bSOJ\b|\bService\s?organisatie(?:\s+Jeugd(?:\s+Zuid-Holland\s+Zuid)?)?\b/i },
  { key: 'stichting-jeugdteams', name: 'Stichting Jeugdteams', kind: 'stichting', pattern: /\bStichting\s+Jeugdteams(?:\s+Zuid-Holland\s+Zuid)?\b/i },
  { key: 'jeugdteams', name: 'jeugdteams', kind: 'team', pattern: /(?<!stichting\s)\bjeugdteams?\b/i },
  { key: 'sociale-wijkteams', name: 'sociale wijkteams', kind: 'team', pattern: /\b(?:integrale\s+)?(?:sociale?|sociaal)\s+(?:wijk)?teams?\b|\b(?<!jeugd)wijkteams?\b/i },
  { key: 'huisartsen', name: 'huisartsen', kind: 'beroepsgroep', pattern: /\bhuisarts(?:en)?\b/i },
  { key: 'zorgverzekeraars', name: 'zorgverzekeraars', kind: 'zorgverzekeraar', pattern: /\bzorgverzekeraars?\b/i },
  { key: 'alliantie', name: 'organisaties van de alliantie', kind: 'samenwerkingsverband', pattern: /\borganisaties\s+van\s+de\s+alliantie\b|\balliantie(?:partners|organisaties)\b/i },
  { key: 'plexus', name: 'Plexus', kind: 'welzijnsorganisatie', pattern: /\bPlexus\b/ },
  { key: 'enver', name: 'Enver', kind: 'zorgaanbieder', pattern: /\bEnver\b/ },
  { key: 'careyn', name: 'Careyn', kind: 'zorgaanbieder', pattern: /\bCareyn\b/ },
  { key: 'ggd', name: 'GGD', kind: 'gemeenschappelijke regeling', pattern: /\bGGD(?:\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?\b/ },
  { key: 'veilig-thuis', name: 'Veilig Thuis', kind: 'zorgaanbieder', pattern: /\bVeilig Thuis\b/ },
  { key: 'uwv', name: 'UWV', kind: 'uitvoeringsorganisatie', pattern: /\bUWV\b/ },
  { key: 'politie', name: 'politie', kind: 'overheid', pattern: /\b(?:de\s+)?politie\b/i },
  { key: 'veiligheidsregio', name: 'Veiligheidsregio', kind: 'gemeenschappelijke regeling', pattern: /\bVeiligheidsregio(?:\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})?\b/ },
  { key: 'rijkswaterstaat', name: 'Rijkswaterstaat', kind: 'overheid', pattern: /\bRijkswaterstaat\b/ },
  { key: 'prorail', name: 'ProRail', kind: 'uitvoeringsorganisatie', pattern: /\bProRail\b/i },
  { key: 'humanitas', name: 'Humanitas', kind: 'welzijnsorganisatie', pattern: /\bHumanitas\b/ },
  { key: 'leger-des-heils', name: 'Leger des Heils', kind: 'welzijnsorganisatie', pattern: /\bLeger des Heils\b/ },
  { key: 'vluchtelingenwerk', name: 'VluchtelingenWerk', kind: 'welzijnsorganisatie', pattern: /\bVluchtelingenwerk\b/i },
  { key: 'coa', name: 'COA', kind: 'uitvoeringsorganisatie', pattern: /\bCOA\b|\bCentraal Orgaan opvang asielzoekers\b/i },
  { key: 'voedselbank', name: 'Voedselbank', kind: 'welzijnsorganisatie', pattern: /\bVoedselbank(?:\s+[A-Z][\w-]+)?\b/ },
  { key: 'woningcorporaties', name: 'woningcorporaties', kind: 'woningcorporatie', pattern: /\bwoningcorporaties\b/i },
  { key: 'schoolbesturen', name: 'schoolbesturen', kind: 'onderwijs', pattern: /\bschoolbesturen\b/i },
  { key: 'provincie', name: 'provincie', kind: 'overheid', pattern: /\b[Pp]rovincie(?:\s+(?:Zuid-Holland|Noord-Holland|Utrecht|Gelderland|Noord-Brabant|Groningen|Friesland|Drenthe|Overijssel|Flevoland|Zeeland|Limburg))?\b/ },
];

/**
 * Organisations not in the list, by the shape of their name: `Stichting Wijkwerk Leiden`,
 * `Woningstichting Rochdale`, `Coöperatie X`, `X B.V.`. The name is the match.
 */
export const GENERIC_ORGANISATION =
  /\b(?:[Ss]tichting|[Vv]ereniging|Coöperatie|Woonstichting|Woningstichting|[Ww]oningcorporatie|Zorggroep|Welzijnsorganisatie|Bibliotheek|Omgevingsdienst|Waterschap|Hoogheemraadschap)[ \t]+(?:\p{Lu}[\p{L}\d'&-]*|de|van|voor|en)(?:[ \t]+(?:\p{Lu}[\p{L}\d'&-]*|de|van|voor|en)){0,3}(?<![ \t](?:de|van|voor|en))|\b[A-Z][\w&-]+(?:\s+[A-Z][\w&-]+)?\s+(?:B\.V\.|N\.V\.|BV)(?=\s|$|[,;])|\b[A-Z]\w*(?:bedrijf|dienst)\s+[A-Z][\w-]+|\bRegio\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?/gu;

export interface BodyEntry {
  readonly key: string;
  readonly name: string;
  readonly kind: string;
}

export const COUNCIL: BodyEntry = { key: 'gemeenteraad', name: 'Gemeenteraad', kind: 'council' };
export const COLLEGE: BodyEntry = { key: 'college-van-b-en-w', name: 'College van B&W', kind: 'executive' };

/** A committee's body entry from its name with or without the word `commissie`. */
export function committee(name: string): BodyEntry {
  const bare = name.replace(/^\s*(?:de\s+)?(?:raads)?commissie(?:\s+|$)/i, '').replace(/\s+/g, ' ').trim();
  if (bare === '') return { key: 'commissie', name: 'Commissie', kind: 'committee' };
  const proper = bare.charAt(0).toUpperCase() + bare.slice(1);
  return { key: `commissie-${proper}`, name: `Commissie ${proper}`, kind: 'committee' };
}

/** A body named in a meeting header (`Gemeenteraad`, `Sociale Leefomgeving`, `Commissie Bestuur`, `College van B&W`). */
export function bodyFromHeader(name: string): BodyEntry {
  const n = name.replace(/\s+/g, ' ').trim();
  if (/^(?:de\s+)?(?:gemeente)?raad(?:svergadering)?$/i.test(n)) return COUNCIL;
  if (/college|burgemeester en wethouders|B\s?&\s?W/i.test(n)) return COLLEGE;
  return committee(n);
}

/** Roles that make a person part of the executive: what they promise binds the college. */
export const EXECUTIVE_ROLES = /^(?:wethouder|burgemeester|loco-burgemeester|portefeuillehouder|gedeputeerde)$/i;

/** Person titles that council texts put before a name, with the role they imply. `De hear` is Frisian for `de heer` (Frisian minutes, tests/corpus/docs/040-042). */
export const PERSON_TITLE =
  /\b([A-Z]?[a-z]+wethouder|wethouder|Wethouder|burgemeester|Burgemeester|[Ll]oco-?burgemeester|portefeuillehouder|Portefeuillehouder|raadslid|Raadslid|commissielid|fractievoorzitter|Fractievoorzitter|griffier|Griffier|voorzitter|Voorzitter|gemeentesecretaris|directeur|Directeur|bestuurder|wnd\. burgemeester|(?:[Dd]e\s+)?heer|[Dd]e\s+hear|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Mm]w\.)\s+/g;

/** A name as it follows a title: initials or one or two given names (`wethouder Yasin Torunoglu`, `wethouder Mariëtte de Visser`, `fractievoorzitter Anne Marie Smits`), tussenvoegsel and a capitalised surname. */
export const NAME_AFTER_TITLE =
  /^((?:[A-Z]\.\s?){0,4}(?:(?:[A-Z][a-zéëöüïèêáóç]+(?:-[A-Z][a-zéëöüïèêáóç]+)?)(?:[ \t]+[A-Z][a-zéëöüïèêáóç]+(?=[ \t]+[A-Z][a-zéëöüï']+(?:-[A-Z][a-zéëöüï]+)?(?![\w-])(?![ \t]+[A-Z])))?\s+(?=(?:[Vv]an|[Dd]e|[Tt]er|[Tt]en|[Vv]an der|[Vv]an den)\s|[A-Z][a-zéëöüï']+(?:-[A-Z][a-zéëöüï]+)?(?![\w-])(?![ \t]+[A-Z])))?(?:(?:[Vv]an der|[Vv]an den|[Vv]an de|[Vv]an 't|[Vv]an|[Dd]e|[Dd]en|[Tt]er|[Tt]en|[Tt]e|'t|[Ii]n 't)\s+)?[A-Z][a-zéëöüï'A-Z]+(?:-[A-Z][a-zéëöüï]+)?)/;

/** Words that are capitalised at the start of a sentence but are not surnames. */
export const NOT_A_SURNAME = /^(?:De|Het|Een|Dat|Deze|Die|Dit|Hij|Zij|Ze|Wij|We|Ik|Er|In|Op|Voor|Met|Naar|Over|Bij|Uit|Om|Ook|En|Maar|Of|Als|Wel|Niet|Geen|Zijn|Haar|Hun|Gemeente|Commissie|Raad|College|Fractie|Voorzitter|Wethouder|Burgemeester|Dank|Ja|Nee|Zo|Daarnaast|Verder|Tot|Wat|Hoe|Waarom|Wanneer)$/;
