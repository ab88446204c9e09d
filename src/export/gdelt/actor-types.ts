/**
 * Words in an entity's role → CAMEO actor type code (CAMEO codebook, actor "role" codes). The first row
 * whose word appears in the role (as a whole word, case-insensitive) wins, so more specific rows come first.
 */
export const ACTOR_TYPE_BY_ROLE_WORD: readonly (readonly [word: string, cameoType: string])[] = [
  ['senator', 'LEG'],
  ['lawmaker', 'LEG'],
  ['congressman', 'LEG'],
  ['congresswoman', 'LEG'],
  ['parliamentarian', 'LEG'],
  ['legislator', 'LEG'],
  ['judge', 'JUD'],
  ['prosecutor', 'JUD'],
  ['police', 'COP'],
  ['general', 'MIL'],
  ['admiral', 'MIL'],
  ['commander', 'MIL'],
  ['colonel', 'MIL'],
  ['soldier', 'MIL'],
  ['military', 'MIL'],
  ['rebel', 'REB'],
  ['insurgent', 'INS'],
  ['opposition', 'OPP'],
  ['journalist', 'MED'],
  ['reporter', 'MED'],
  ['activist', 'ACT'],
  ['executive', 'BUS'],
  ['ceo', 'BUS'],
  ['president', 'GOV'],
  ['prime minister', 'GOV'],
  ['minister', 'GOV'],
  ['secretary', 'GOV'],
  ['chancellor', 'GOV'],
  ['governor', 'GOV'],
  ['mayor', 'GOV'],
  ['king', 'GOV'],
  ['queen', 'GOV'],
  ['ambassador', 'GOV'],
  ['envoy', 'GOV'],
  ['diplomat', 'GOV'],
  ['spokesman', 'GOV'],
  ['spokeswoman', 'GOV'],
  ['spokesperson', 'GOV'],
  ['official', 'GOV'],
];

const MATCHERS = ACTOR_TYPE_BY_ROLE_WORD.map(
  ([word, type]) => [new RegExp(`\\b${word}\\b`, 'i'), type] as const,
);

/** The CAMEO type code for a role ("Russian President" → GOV), or undefined. */
export function actorTypeForRole(role: string | undefined): string | undefined {
  if (!role) return undefined;
  return MATCHERS.find(([pattern]) => pattern.test(role))?.[1];
}
