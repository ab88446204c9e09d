import type { Entity, Mention, Token } from '../../doc/types.js';
import type { Lexicon } from '../lexicon/index.js';
import type { NameCandidate, PlaceLookup } from '../ner/types.js';
import { buildEntities } from './build.js';
import { fixCandidates } from './candidate-fixes.js';
import { describePeople } from './describe-people.js';
import { gatherFacts, settleLabels } from './facts.js';
import { mergeKnownAs } from './known-as.js';
import { linkNames } from './link-names.js';
import { pronounMention, resolvePronouns } from './pronouns.js';
import { quotedRegions, insideAny } from './quoted.js';
import { findRoleDescriptions, resolveRole } from './roles.js';
import type { WorkMention } from './types.js';
import { UnionFind } from './union-find.js';

/**
 * From recognised names to entities: names of one identity grouped (same text, surname, country names,
 * "known as"), facts gathered from titles, then role descriptions and pronouns linked to people.
 */
export function resolveEntities(
  text: string,
  tokens: readonly Token[],
  candidates: readonly NameCandidate[],
  lexicon: Lexicon,
  places?: PlaceLookup,
): { mentions: Mention[]; entities: Entity[] } {
  const sets = new UnionFind();
  const names = linkNames(text, fixCandidates(text, candidates, tokens, lexicon, places), lexicon, sets);
  mergeKnownAs(text, names, lexicon, sets);
  for (const m of names) m.group = sets.find(m.group);
  settleLabels(names);
  const facts = gatherFacts(names);

  const firstStart = new Map<number, number>();
  for (const m of names)
    if (m.label === 'PERSON' && !firstStart.has(m.group)) firstStart.set(m.group, m.start);
  const people = [...firstStart].map(([group, start]) => ({
    group,
    firstStart: start,
    facts: facts.get(group) ?? {},
  }));

  const roles: WorkMention[] = [];
  for (const description of findRoleDescriptions(tokens, lexicon)) {
    const group = resolveRole(description, people);
    if (group === undefined) continue;
    roles.push({
      start: description.start,
      end: description.end,
      text: text.slice(description.start, description.end),
      label: 'PERSON',
      sentence: description.sentence,
      rule: 'alias:role',
      group,
      kind: 'role',
    });
  }

  const quoted = quotedRegions(text);
  const described = describePeople(text, tokens, names, lexicon, quoted).filter(
    (d) => !roles.some((r) => r.start < d.end && d.start < r.end),
  );
  roles.push(...described);
  const personMentions = [...names.filter((m) => m.label === 'PERSON'), ...roles].filter(
    (m) => !insideAny(quoted, m.start),
  );
  const pronouns = resolvePronouns(text, tokens, personMentions, facts, quoted, lexicon).map(
    ({ token, group }) => pronounMention(token, group),
  );
  return buildEntities([...names, ...roles, ...pronouns], facts);
}
