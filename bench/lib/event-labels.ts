/**
 * Label tables for the event benchmarks: how the engine's codes (PLOVER 0.8 type and mode, CAMEO root) map
 * onto the label sets of the gold data.
 *
 * 1. PLOVER_GSR_LABEL: the engine codes PLOVER draft 0.8 (Sept 2021); the PLOVER gold-standard records
 *    (PLOVER_GSR_CAMEO, coded in PLOVER 0.5b1 from the CAMEO 1.1b3 manual's examples) use the older type
 *    names. The crosswalk follows CAMEO2PLOVER-2021.txt read backwards: 0.8 REQUEST is CAMEO 10, which
 *    0.5b1 calls DEMAND; 0.8 ACCUSE is CAMEO 09 (mode `investigate`, 0.5b1 INVESTIGATE) and CAMEO 11
 *    (0.5b1 DISAPPROVE); 0.8 ASSAULT is CAMEO 18 and 20 (0.5b1 ASSAULT) and CAMEO 19 conventional force
 *    (0.5b1 FIGHT). Every other type keeps its name.
 * 2. PENTA_BY_CAMEO_ROOT: CAMEO's PentaClass, as Multi-CoPED's `cameo_class` labels use it (Phoenix /
 *    ICEWS convention): 0 public statement = roots 01–02, 1 verbal cooperation = 03–05, 2 material
 *    cooperation = 06–09, 3 verbal conflict = 10–14, 4 material conflict = 15–20. The engine gives every
 *    event a CAMEO root, so this is the primary mapping; it is the dataset's own definition.
 * 3. PENTA_BY_PLOVER_TYPE: fallback when an event has no usable CAMEO root, from the PLOVER README's quad
 *    table (AGREE/CONSULT/SUPPORT/CONCEDE verbal cooperation; COOPERATE/AID/RETREAT/INVESTIGATE material
 *    cooperation; DEMAND/DISAPPROVE/REJECT/THREATEN/SANCTION verbal conflict; PROTEST/CRIME/MOBILIZE/
 *    COERCE/ASSAULT material conflict), with the 0.8 names REQUEST→3 and ACCUSE→3 added. The two tables
 *    disagree on CONCEDE (CAMEO 08 is material cooperation), PROTEST (CAMEO 14 is verbal conflict) and
 *    SANCTION (CAMEO 16 is material conflict); the CAMEO root wins because Multi-CoPED was labelled in CAMEO.
 * 4. No event coded in a sentence → class 0 (public statement): PLOVER drops CAMEO 01 statements, so a
 *    sentence the engine codes nothing in is, in CAMEO terms, at most a statement.
 */

export const PENTA_CLASSES = [
  'public statement',
  'verbal cooperation',
  'material cooperation',
  'verbal conflict',
  'material conflict',
] as const;

/** The class given to a sentence with no coded event. */
export const PENTA_NO_EVENT = 0;

export const PENTA_BY_CAMEO_ROOT: Readonly<Record<string, number>> = {
  '01': 0,
  '02': 0,
  '03': 1,
  '04': 1,
  '05': 1,
  '06': 2,
  '07': 2,
  '08': 2,
  '09': 2,
  '10': 3,
  '11': 3,
  '12': 3,
  '13': 3,
  '14': 3,
  '15': 4,
  '16': 4,
  '17': 4,
  '18': 4,
  '19': 4,
  '20': 4,
};

export const PENTA_BY_PLOVER_TYPE: Readonly<Record<string, number>> = {
  AGREE: 1,
  CONSULT: 1,
  SUPPORT: 1,
  CONCEDE: 1,
  COOPERATE: 2,
  AID: 2,
  RETREAT: 2,
  INVESTIGATE: 2,
  DEMAND: 3,
  REQUEST: 3,
  DISAPPROVE: 3,
  ACCUSE: 3,
  REJECT: 3,
  THREATEN: 3,
  SANCTION: 3,
  PROTEST: 4,
  CRIME: 4,
  MOBILIZE: 4,
  COERCE: 4,
  ASSAULT: 4,
};

/** PLOVER 0.8 type (optionally refined by CAMEO root) → PLOVER 0.5b1 type used by the gold records. */
const GSR_BY_TYPE_AND_ROOT: Readonly<Record<string, string>> = {
  REQUEST: 'DEMAND',
  ACCUSE: 'DISAPPROVE',
  'ACCUSE/09': 'INVESTIGATE',
  'ASSAULT/19': 'FIGHT',
};

/** The two-digit CAMEO root of a code (`064` → `06`, `1711` → `17`), or undefined when it is not 01–20. */
export function cameoRoot(code: string): string | undefined {
  const root = code.trim().slice(0, 2);
  return PENTA_BY_CAMEO_ROOT[root] === undefined ? undefined : root;
}

/** The label an engine event has in the gold records' PLOVER 0.5b1 vocabulary. */
export function ploverGsrLabel(type: string, cameo: string): string {
  const root = cameoRoot(cameo);
  return (root && GSR_BY_TYPE_AND_ROOT[`${type}/${root}`]) ?? GSR_BY_TYPE_AND_ROOT[type] ?? type;
}

/** PentaClass (0–4) of an engine event: by CAMEO root, else by PLOVER type, else undefined. */
export function pentaClass(type: string, cameo: string): number | undefined {
  const root = cameoRoot(cameo);
  return root !== undefined ? PENTA_BY_CAMEO_ROOT[root] : PENTA_BY_PLOVER_TYPE[type];
}
