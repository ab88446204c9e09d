import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Cities, people and topics the generated articles are built from: varied so the pipeline has work to do. */
const CITIES = ['Geneva', 'Nairobi', 'Lisbon', 'Oslo', 'Manila', 'Lima', 'Hanoi', 'Dublin', 'Accra', 'Quito'];
const PEOPLE = ['Anna Berg', 'John Okafor', 'Maria Silva', 'Lars Holm', 'Rosa Cruz', 'Tom Walsh'];
const TOPICS = ['trade', 'fishing rights', 'a new rail link', 'water supplies', 'port fees', 'energy prices'];

/** The text of small news article number `i` (each one different, so each gets its own id). */
export function smallArticle(i: number): string {
  const city = CITIES[i % CITIES.length]!;
  const person = PEOPLE[i % PEOPLE.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  return [
    `Talks on ${topic} open in ${city} (${i})`,
    '',
    `${city.toUpperCase()} (Reuters) - Ministers met in ${city} on Tuesday to discuss ${topic}, officials said.`,
    `"We made real progress today," said ${person}, who leads delegation number ${i}.`,
    `The talks will continue next week, and a final agreement is expected by March ${(i % 28) + 1}.`,
    '',
  ].join('\n');
}

/** A temp folder holding `count` small articles as `in/a-000.txt`…, plus any extra files; `cleanup` removes it. */
export function articleFolder(
  count: number,
  extra: Record<string, string | Uint8Array> = {},
): { dir: string; input: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-batch-'));
  const input = join(dir, 'in');
  mkdirSync(input);
  for (let i = 0; i < count; i++) {
    writeFileSync(join(input, `a-${String(i).padStart(3, '0')}.txt`), smallArticle(i));
  }
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(input, name), content);
  return { dir, input, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
