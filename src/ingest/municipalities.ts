/**
 * Municipalities we know by name, for documents that name their city but not its CBS code.
 * CBS codes are the keys the graph uses; add a line per municipality that joins.
 */
export interface MunicipalityInfo {
  readonly cbsCode: string;
  readonly name: string;
}

const KNOWN: readonly MunicipalityInfo[] = [
  { cbsCode: 'GM0505', name: 'Dordrecht' },
  { cbsCode: 'GM0363', name: 'Amsterdam' },
  { cbsCode: 'GM0599', name: 'Rotterdam' },
  { cbsCode: 'GM0518', name: "'s-Gravenhage" },
  { cbsCode: 'GM0344', name: 'Utrecht' },
  { cbsCode: 'GM0772', name: 'Eindhoven' },
  { cbsCode: 'GM0014', name: 'Groningen' },
  { cbsCode: 'GM0034', name: 'Almere' },
  { cbsCode: 'GM0758', name: 'Breda' },
  { cbsCode: 'GM0268', name: 'Nijmegen' },
  { cbsCode: 'GM0531', name: 'Hendrik-Ido-Ambacht' },
  { cbsCode: 'GM0642', name: 'Zwijndrecht' },
  { cbsCode: 'GM0590', name: 'Papendrecht' },
  { cbsCode: 'GM0610', name: 'Sliedrecht' },
  { cbsCode: 'GM0482', name: 'Alblasserdam' },
  { cbsCode: 'GM0523', name: 'Hardinxveld-Giessendam' },
  { cbsCode: 'GM1978', name: 'Molenlanden' },
  { cbsCode: 'GM0546', name: 'Leiden' },
  { cbsCode: 'GM0392', name: 'Haarlem' },
  { cbsCode: 'GM0200', name: 'Apeldoorn' },
  // The other municipalities of the test documents and the largest ones, with codes we are sure
  // of. Not the full CBS gemeentelijst: a wrong code is worse than a missing one. Names that are
  // also common words (Best, Epe) are left out, as text mentions would match them.
  { cbsCode: 'GM0080', name: 'Leeuwarden' },
  { cbsCode: 'GM0150', name: 'Deventer' },
  { cbsCode: 'GM0153', name: 'Enschede' },
  { cbsCode: 'GM0193', name: 'Zwolle' },
  { cbsCode: 'GM0307', name: 'Amersfoort' },
  { cbsCode: 'GM0855', name: 'Tilburg' },
  { cbsCode: 'GM0202', name: 'Arnhem' },
  { cbsCode: 'GM0479', name: 'Zaanstad' },
  { cbsCode: 'GM0796', name: "'s-Hertogenbosch" },
  { cbsCode: 'GM0394', name: 'Haarlemmermeer' },
  { cbsCode: 'GM0637', name: 'Zoetermeer' },
  { cbsCode: 'GM0935', name: 'Maastricht' },
  { cbsCode: 'GM0228', name: 'Ede' },
  { cbsCode: 'GM0484', name: 'Alphen aan den Rijn' },
  { cbsCode: 'GM1783', name: 'Westland' },
  { cbsCode: 'GM0361', name: 'Alkmaar' },
  { cbsCode: 'GM0114', name: 'Emmen' },
  { cbsCode: 'GM0503', name: 'Delft' },
  { cbsCode: 'GM0983', name: 'Venlo' },
  { cbsCode: 'GM1883', name: 'Sittard-Geleen' },
  { cbsCode: 'GM0794', name: 'Helmond' },
  { cbsCode: 'GM0828', name: 'Oss' },
  { cbsCode: 'GM0362', name: 'Amstelveen' },
  { cbsCode: 'GM0402', name: 'Hilversum' },
  { cbsCode: 'GM1900', name: 'Súdwest-Fryslân' },
  { cbsCode: 'GM0917', name: 'Heerlen' },
  { cbsCode: 'GM0164', name: 'Hengelo' },
  { cbsCode: 'GM1621', name: 'Lansingerland' },
  { cbsCode: 'GM0439', name: 'Purmerend' },
  { cbsCode: 'GM1674', name: 'Roosendaal' },
  { cbsCode: 'GM0606', name: 'Schiedam' },
  { cbsCode: 'GM1916', name: 'Leidschendam-Voorburg' },
  { cbsCode: 'GM0141', name: 'Almelo' },
  { cbsCode: 'GM0513', name: 'Gouda' },
  { cbsCode: 'GM0622', name: 'Vlaardingen' },
  { cbsCode: 'GM0106', name: 'Assen' },
  { cbsCode: 'GM0748', name: 'Bergen op Zoom' },
  { cbsCode: 'GM0502', name: 'Capelle aan den IJssel' },
  { cbsCode: 'GM0345', name: 'Veenendaal' },
  { cbsCode: 'GM0355', name: 'Zeist' },
  { cbsCode: 'GM0537', name: 'Katwijk' },
  { cbsCode: 'GM0356', name: 'Nieuwegein' },
  { cbsCode: 'GM0957', name: 'Roermond' },
  { cbsCode: 'GM0400', name: 'Den Helder' },
  { cbsCode: 'GM0405', name: 'Hoorn' },
  { cbsCode: 'GM0826', name: 'Oosterhout' },
  { cbsCode: 'GM0203', name: 'Barneveld' },
  { cbsCode: 'GM0995', name: 'Lelystad' },
  { cbsCode: 'GM0687', name: 'Middelburg' },
  { cbsCode: 'GM0718', name: 'Vlissingen' },
  { cbsCode: 'GM0222', name: 'Doetinchem' },
];

export function municipalityByCode(code: string): MunicipalityInfo | undefined {
  const c = code.toUpperCase();
  return KNOWN.find((m) => m.cbsCode === c);
}

export function municipalityByName(name: string): MunicipalityInfo | undefined {
  const n = name.trim().toLowerCase();
  return KNOWN.find((m) => m.name.toLowerCase() === n);
}

/** A CBS code as given (GM0505 or 0505), or a known name; null when neither. */
export function resolveMunicipality(input: string): MunicipalityInfo | null {
  const code = /^(?:GM)?(\d{4})$/i.exec(input.trim());
  if (code) return municipalityByCode(`GM${code[1]}`) ?? { cbsCode: `GM${code[1]}`, name: `GM${code[1]}` };
  return municipalityByName(input) ?? null;
}

/**
 * The municipality a document is from, by what it names: "gemeente X" (and "X" in an e-mail
 * domain) counts ten times a bare mention, so a Dordrecht letter that mentions Rotterdam once
 * stays Dordrecht's. Null when no known municipality is named, or two are named equally often.
 */
export function municipalityMentionedIn(text: string): MunicipalityInfo | null {
  const scored: { m: MunicipalityInfo; score: number }[] = [];
  for (const m of KNOWN) {
    const escaped = m.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const bare = text.match(new RegExp(`(?:^|[^\\p{L}])${escaped}(?![\\p{L}])`, 'giu'))?.length ?? 0;
    if (bare === 0) continue;
    const owned = text.match(new RegExp(`(?:gemeente|gemeenteraad|college van b(?:urgemeester )?(?:&|en) w(?:ethouders)? van)\\s+${escaped}(?![\\p{L}])|@${escaped}\\.nl`, 'giu'))?.length ?? 0;
    scored.push({ m, score: bare + 9 * owned });
  }
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (best === undefined || (second !== undefined && second.score === best.score)) return null;
  return best.m;
}
