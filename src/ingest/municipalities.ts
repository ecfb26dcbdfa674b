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

/** The first known municipality whose name the text mentions as a word, e.g. in `gemeente Dordrecht`. */
export function municipalityMentionedIn(text: string): MunicipalityInfo | null {
  for (const m of KNOWN) {
    const escaped = m.name.replace(/[.*+?^${}()|[\]\\']/g, '\\$&');
    if (new RegExp(`(^|[^A-Za-z])${escaped}([^A-Za-z]|$)`, 'i').test(text)) return m;
  }
  return null;
}
