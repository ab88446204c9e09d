/**
 * CAMEO actor codes for an event's source and target. A KB-linked entity takes its first role valid at the
 * publication date (`RUSGOV`); any other keeps its entity and whatever the text gives: its country (the
 * geocoded place, the entity's nationality) and an agent from the PETRARCH agent dictionary found next to
 * its mention in the event's sentence ("Russian troops" → RUS + MIL, "police in Lagos" → NGA + COP) or in
 * its role ("senator" → LEG).
 */
import type { ActorCode, Doc, Entity, Mention } from '../../doc/types.js';
import { codesAt } from '../dictionaries/actors.js';
import type { AgentEntry } from '../dictionaries/agents.js';
import { alpha3 } from '../../kb/countries.js';
import type { KnowledgeBase } from '../../kb/load.js';
import { normaliseName } from '../../kb/rows.js';
import { UNNAMED_RULE } from '../unnamed.js';

/** Prepositions that join an agent to the place it belongs to ("police in Lagos", "troops of Russia"). */
const JOINERS: ReadonlySet<string> = new Set(['in', 'of', 'from']);

export interface ActorScope {
  doc: Doc;
  kb: KnowledgeBase;
  entities: ReadonlyMap<string, Entity>;
  /** Mentions by sentence index. */
  mentions: ReadonlyMap<number, readonly Mention[]>;
}

export function actorCodeFor(
  scope: ActorScope,
  entityId: string | undefined,
  sentence: number,
): ActorCode | undefined {
  if (!entityId) return undefined;
  const entity = scope.entities.get(entityId);
  if (!entity) return undefined;
  const role = entity.kb?.roles[0];
  if (role) return { code: role, name: entity.name, ...splitCode(role), rule: `kb:${entity.kb!.id}` };
  // an unnamed actor ("police in Lagos") carries its agent phrase as its role; with no country the
  // CAMEO convention writes `---` ("---REB")
  const unnamed = (scope.mentions.get(sentence) ?? []).some(
    (m) => m.entity === entity.id && m.rule === UNNAMED_RULE,
  );
  const found = unnamed
    ? agentInRole(scope.kb, entity)
    : (agentNear(scope, entity, sentence) ?? agentInRole(scope.kb, entity));
  const country = found?.country ?? countryOf(scope.doc, entity, scope.kb);
  const agent = found?.agent;
  const place = country ?? (unnamed && agent ? '---' : '');
  const code = agent?.prefix ? `${agent.code}${place}` : `${place}${agent?.code ?? ''}`;
  return {
    ...(code ? { code } : {}),
    name: entity.name,
    ...(country ? { country } : {}),
    ...(agent ? { agent: agent.code } : {}),
    rule: found ? `agent:${found.phrase}` : country ? 'country' : 'entity',
  };
}

/** "RUSGOV" → country RUS, agent GOV; an IGO or group code has no country. */
function splitCode(code: string): { country?: string; agent?: string } {
  const head = code.slice(0, 3);
  const rest = code.slice(3, 6);
  const isCountry = alpha3Known(head);
  return { ...(isCountry ? { country: head } : {}), ...(isCountry && rest ? { agent: rest } : {}) };
}

const KNOWN = new Set<string>();
function alpha3Known(code: string): boolean {
  if (KNOWN.size === 0) for (const a2 of ISO2) KNOWN.add(alpha3(a2) ?? '');
  return KNOWN.has(code);
}
const ISO2 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'.split(
    ' ',
  );

interface Found {
  agent: AgentEntry;
  phrase: string;
  country?: string;
}

/** An agent phrase right after the entity's mention ("Russian troops") or right before "in/of" + it. */
function agentNear(scope: ActorScope, entity: Entity, sentence: number): Found | undefined {
  const { doc, kb } = scope;
  const country = countryOf(doc, entity, kb);
  for (const m of scope.mentions.get(sentence) ?? []) {
    if (m.entity !== entity.id && !standsFor(scope.entities.get(m.entity), country, doc, kb)) continue;
    const after = wordsAround(doc, m.end, 'after', kb.maxAgentWords);
    const before = wordsAround(doc, m.start, 'before', kb.maxAgentWords + 1);
    const own = m.text.toLowerCase().split(/\s+/);
    const hit =
      longestAgent(kb, after, 'prefix') ??
      longestAgent(kb, own, 'suffix') ??
      (JOINERS.has(before[before.length - 1] ?? '')
        ? longestAgent(kb, before.slice(0, -1), 'suffix')
        : undefined);
    if (hit) return { ...hit, ...(country ? { country } : {}) };
  }
  return undefined;
}

/** A NORP mention stands for its country's entity (the events stage records "Russian forces" as Russia). */
function standsFor(
  other: Entity | undefined,
  country: string | undefined,
  doc: Doc,
  kb: KnowledgeBase,
): boolean {
  return !!country && other?.type === 'NORP' && countryOf(doc, other, kb) === country;
}

function agentInRole(kb: KnowledgeBase, entity: Entity): Found | undefined {
  const role = entity.attributes?.role?.toLowerCase().split(/\s+/);
  return role ? longestAgent(kb, role, 'suffix') : undefined;
}

/** The longest agent form at the start (`prefix`) or end (`suffix`) of a word list. */
function longestAgent(
  kb: KnowledgeBase,
  words: readonly string[],
  at: 'prefix' | 'suffix',
): Found | undefined {
  for (let n = Math.min(kb.maxAgentWords, words.length); n > 0; n--) {
    const slice = at === 'prefix' ? words.slice(0, n) : words.slice(words.length - n);
    const phrase = slice.join(' ');
    const agent = kb.agents.get(phrase);
    if (agent) return { agent, phrase };
  }
  return undefined;
}

/** Up to `n` lower-case words after or before an offset, within the sentence (stops at punctuation). */
function wordsAround(doc: Doc, offset: number, side: 'after' | 'before', n: number): string[] {
  const text =
    side === 'after' ? doc.text.slice(offset, offset + 80) : doc.text.slice(Math.max(0, offset - 80), offset);
  const clause = side === 'after' ? text.split(/[,.;:!?()"“”]/)[0]! : text.split(/[,.;:!?()"“”]/).pop()!;
  const words = clause.toLowerCase().split(/\s+/).filter(Boolean);
  return side === 'after' ? words.slice(0, n) : words.slice(-n);
}

/**
 * The country the text gives an entity: its geocoded place's, else its nationality attribute, else the
 * country whose dictionary names include it ("Russian", "Afghan").
 */
function countryOf(doc: Doc, entity: Entity, kb: KnowledgeBase): string | undefined {
  const place = doc.places.find((p) => p.entity === entity.id);
  const given = alpha3(place?.country ?? entity.attributes?.country);
  if (given || (entity.type !== 'NORP' && entity.type !== 'GPE')) return given;
  const named = kb.byName.get(normaliseName(entity.name))?.find((e) => e.type === 'GPE');
  return named ? codesAt(named.codes, doc.meta.published).find((c) => c.length === 3) : undefined;
}
