import type { Doc, Finding, TextSpan } from '../doc/types.js';
import {
  HEDGES,
  NOT_ESTIMATE_UNITS,
  NUMBER_WORDS,
  PROBABILITY_PATTERNS,
  VERBAL_PROBABILITIES,
} from './estimate-patterns.js';
import { figureGiver } from './speaker.js';

const PROBABILITIES = PROBABILITY_PATTERNS.map((p) => ({ id: p.id, re: new RegExp(p.pattern, 'giu') }));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const HEDGED = new RegExp(
  `\\b(?<hedge>${HEDGES.map(escape).join('|')})\\s+(?<num>\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*(?<unit>%|per\\s?cent\\b|percent\\b|[\\p{L}]+))`,
  'giu',
);
const VERBAL = new RegExp(
  `\\b(?<phrase>${VERBAL_PROBABILITIES.map(([p]) => escape(p)).join('|')})\\b`,
  'giu',
);
const VERBAL_VALUE = new Map(VERBAL_PROBABILITIES);

interface Candidate {
  span: TextSpan;
  value: number;
  unit: string;
  about?: string;
  rule: string;
}

/**
 * Estimates and probabilities: chances ("a 25% chance of flopping", "one in three chance"), hedged figures
 * ("about 40 per cent", "an estimated 10,000 troops") and verbal probabilities ("likely"), each with who
 * gave it where the sentence says.
 */
export function findEstimates(doc: Doc): Finding[] {
  const findings: Finding[] = [];
  for (const s of doc.sentences) {
    const candidates = dropOverlaps([...probabilities(doc, s), ...hedged(doc, s), ...verbal(doc, s)]);
    if (candidates.length === 0) continue;
    const who = figureGiver(doc, s.index);
    const name = who ? (doc.entities.find((e) => e.id === who)?.name ?? who) : undefined;
    for (const c of candidates) findings.push(toFinding(c, who, name));
  }
  return findings;
}

type SentenceLike = { start: number; text: string };

/** Every chance pattern names a chance: sentences without one of these words are skipped cheaply. */
const CHANCE_WORD = /chance|probabilit|likelihood|risk|odds/i;

function probabilities(doc: Doc, s: SentenceLike): Candidate[] {
  const out: Candidate[] = [];
  if (!CHANCE_WORD.test(s.text)) return out;
  for (const p of PROBABILITIES) {
    for (const m of s.text.matchAll(p.re)) {
      const g = m.groups ?? {};
      const num = numberOf(g['num']);
      const den = g['den'] === undefined ? 100 : numberOf(g['den']);
      if (num === undefined || !den || num > den) continue;
      const about = [g['subject'], g['what']].filter(Boolean).join(' ').trim();
      out.push({
        span: spanOf(doc, s, m),
        value: round(num / den),
        unit: 'probability',
        ...(about ? { about } : {}),
        rule: `checks:estimate:${p.id}`,
      });
    }
  }
  return out;
}

function hedged(doc: Doc, s: SentenceLike): Candidate[] {
  const out: Candidate[] = [];
  if (!/\d/.test(s.text)) return out;
  for (const m of s.text.matchAll(HEDGED)) {
    const g = m.groups ?? {};
    const rawUnit = (g['unit'] ?? '').toLowerCase();
    if (NOT_ESTIMATE_UNITS.has(rawUnit)) continue;
    const value = Number((g['num'] ?? '').replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    const unit = /^(%|per\s?cent|percent)$/.test(rawUnit) ? 'percent' : rawUnit;
    out.push({
      span: spanOf(doc, s, m),
      value,
      unit,
      rule: `checks:estimate:hedged(${(g['hedge'] ?? '').toLowerCase()})`,
    });
  }
  return out;
}

function verbal(doc: Doc, s: SentenceLike): Candidate[] {
  if (!/likely|certain|probab/i.test(s.text)) return [];
  return [...s.text.matchAll(VERBAL)].map((m) => {
    const phrase = (m.groups?.['phrase'] ?? '').toLowerCase().replace(/\s+/g, ' ');
    return {
      span: spanOf(doc, s, m),
      value: VERBAL_VALUE.get(phrase) ?? 0.5,
      unit: 'probability',
      about: phrase,
      rule: 'checks:estimate:verbal',
    };
  });
}

function spanOf(doc: Doc, s: SentenceLike, m: RegExpMatchArray): TextSpan {
  const start = s.start + (m.index ?? 0);
  const text = m[0].trimEnd();
  return { start, end: start + text.length, text: doc.text.slice(start, start + text.length) };
}

function numberOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  return NUMBER_WORDS[w] ?? (Number.isFinite(Number(w)) ? Number(w) : undefined);
}

const round = (x: number): number => Math.round(x * 10000) / 10000;

/** A chance found by a longer pattern wins over the hedge or word inside it. */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.span.end - b.span.start - (a.span.end - a.span.start));
  const kept: Candidate[] = [];
  for (const c of sorted)
    if (!kept.some((k) => c.span.start < k.span.end && k.span.start < c.span.end)) kept.push(c);
  return kept.sort((a, b) => a.span.start - b.span.start);
}

function toFinding(c: Candidate, who: string | undefined, name: string | undefined): Finding {
  const figure =
    c.unit === 'probability'
      ? `${Math.round(c.value * 1000) / 10}%`
      : `${c.value}${c.unit === 'percent' ? '%' : ` ${c.unit}`}`;
  const what = c.about ? ` (${c.about})` : '';
  const by = name ? `${name} estimates` : 'Unattributed estimate:';
  return {
    kind: 'estimate',
    message: `${by} ${c.unit === 'probability' ? 'a probability of ' : ''}${figure}${what}, from “${c.span.text}”.`,
    spans: [c.span],
    rule: c.rule,
    data: { value: c.value, unit: c.unit, about: c.about ?? null, who: who ?? null },
  };
}
