/**
 * CAMEO root codes → GDELT QuadClass, from the GDELT 2.0 Event codebook: 1 Verbal Cooperation (roots
 * 01–05), 2 Material Cooperation (06–09), 3 Verbal Conflict (10–14), 4 Material Conflict (15–20).
 */
const QUAD_CLASS_BY_ROOT: ReadonlyMap<string, number> = new Map([
  ['01', 1],
  ['02', 1],
  ['03', 1],
  ['04', 1],
  ['05', 1],
  ['06', 2],
  ['07', 2],
  ['08', 2],
  ['09', 2],
  ['10', 3],
  ['11', 3],
  ['12', 3],
  ['13', 3],
  ['14', 3],
  ['15', 4],
  ['16', 4],
  ['17', 4],
  ['18', 4],
  ['19', 4],
  ['20', 4],
]);

export function quadClass(root: string): number | undefined {
  return QUAD_CLASS_BY_ROOT.get(root);
}

/**
 * The event code for a root-only coding: CAMEO's "not specified below" code under each root is the root
 * followed by 0 (`04` → `040` "Consult, not specified below"). Undefined for a code that is not a root.
 */
export function rootLevelCode(root: string): string | undefined {
  return QUAD_CLASS_BY_ROOT.has(root) ? `${root}0` : undefined;
}
