import type { EntityLabel } from '../../doc/types.js';
import type { GroupFacts, WorkMention } from './types.js';

/** Per group, the first role, country and gender any of its mentions states. */
export function gatherFacts(names: readonly WorkMention[]): Map<number, GroupFacts> {
  const facts = new Map<number, GroupFacts>();
  for (const m of names) {
    if (!m.facts) continue;
    const f = facts.get(m.group) ?? {};
    f.role ??= m.facts.role;
    f.country ??= m.facts.country;
    f.gender ??= m.facts.gender;
    facts.set(
      m.group,
      Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined)) as GroupFacts,
    );
  }
  return facts;
}

/**
 * One label per group: a strong label (a designation) wins, then PERSON (a surname the gazetteer also
 * knows as a town is still the person), then the label of the longest name.
 */
export function settleLabels(names: WorkMention[]): void {
  const best = new Map<number, { label: EntityLabel; rank: number; length: number }>();
  for (const m of names) {
    const rank = m.strong ? 2 : m.label === 'PERSON' ? 1 : 0;
    const seen = best.get(m.group);
    if (!seen || rank > seen.rank || (rank === seen.rank && m.text.length > seen.length)) {
      best.set(m.group, { label: m.label, rank, length: m.text.length });
    }
  }
  for (const m of names) m.label = best.get(m.group)!.label;
}
