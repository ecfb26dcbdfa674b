/** Ids of seed entities the typed-domain tests refer to (one place, so a change of scheme is one edit). */
export const COLLEGE = 'body:gm0505:college-van-b-en-w';
export const GEMEENTERAAD = 'body:gm0505:gemeenteraad';
export const COMMISSIE_SL = 'body:gm0505:commissie-sociale-leefomgeving';
export const MEETING_2017_02_14 = 'meeting:gm0505:commissie-sociale-leefomgeving-2017-02-14-20-00';
export const MEETING_2017_03_14 = 'meeting:gm0505:commissie-sociale-leefomgeving-2017-03-14-20-15';
export const MEETING_2017_03_28 = 'meeting:gm0505:gemeenteraad-2017-03-28-14-00';
export const COMMITMENT_SOJ = 'commitment:gm0505:1873661-2017-03-14-de-wethouder-zegt-toe-bij-de-soj-te';
export const COMMITMENT_MONITORING = 'commitment:gm0505:1873661-2017-03-14-de-wethouder-zegt-toe-om-de-voortgang-te';
export const COMMITMENT_VOOR_DE_ZOMER = 'commitment:gm0505:001-a98de0e37593eb68-2020-04-08-n-b-wij-komen-voor-de-zomer-bij';
/** Seed 001's soft commitment of the college: `We werken de inhoudelijke opdracht ... uit en bezien op korte termijn ...`. */
export const COMMITMENT_OPDRACHT_WIJKTEAM = 'commitment:gm0505:001-a98de0e37593eb68-2020-04-08-we-werken-de-inhoudelijke-opdracht-voor-het-wijkteam';
export const SOJ = 'organisation:gm0505:serviceorganisatie-jeugd';
export const HUISARTSEN = 'organisation:gm0505:huisartsen';
export const JEUGDTEAMS = 'organisation:gm0505:jeugdteams';
export const SOCIALE_WIJKTEAMS = 'organisation:gm0505:sociale-wijkteams';
export const MEE_VIVENZ = 'organisation:gm0505:mee-vivenz';
export const STICHTING_JEUGDTEAMS = 'organisation:gm0505:stichting-jeugdteams';
export const CDA = 'fractie:gm0505:cda';
export const PVDA = 'fractie:gm0505:pvda';
export const STARTNOTITIE = 'policy:gm0505:startnotitie-sterke-basis-in-de-wijk';
export const NOTITIE = 'policy:gm0505:notitie-sterke-basis-in-de-wijk';
export const LOKAAL_PLAN_JEUGD = 'policy:gm0505:lokaal-plan-jeugd';
export const TOPIC_64 = 'topic:gm0505:onderwerplijst-64';
export const VAN_DER_VLIES = 'person:gm0505:van-der-vlies';
