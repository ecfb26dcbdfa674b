/** Ids of the seed documents' entities that tests refer to (one place, so a change of scheme is one edit). */
export const DORDRECHT = 'GM0505';
export const SEED_DOSSIER_FILE = '000_946d8563cf9e895b.txt';
export const SEED_SLIDES_FILE = '001_a98de0e37593eb68.txt';
export const DOSSIER_1873661 = 'dossier:gm0505:1873661';
export const LAMBRECHTS = 'person:gm0505:lambrechts';
export const VAN_DER_HEIDE = 'person:gm0505:van-der-heide';
export const COENEN = 'person:gm0505:coenen';
