/**
 * Article texts the corpus tests of both store engines share (`test/corpus/store-*.test.ts`,
 * `test/store/postgres/corpus.test.ts`): the seed and a syndicated copy of it, an unrelated story, three
 * reports of one ferry fire, a late follow-up and an unrelated chess story. Written for the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/paths.js';

export const SEED = readFileSync(join(packageRoot(), 'examples', 'seed-article.txt'), 'utf8');
export const SHARE = 'Share this article on Facebook';
export const CAPTION = 'Vladimir Putin waves from his limousine as the motorcade heads for the Pacific Coast';

/** The seed with a share line after its first paragraph and a caption before its third. */
export function copyOfSeed(): string {
  const lines = SEED.split('\n');
  return [lines[0], lines[1], SHARE, lines[2], '', CAPTION, '', ...lines.slice(3)].join('\n');
}

export const UNRELATED =
  'Heavy rain flooded parts of the city centre on Tuesday, closing two schools and the main railway ' +
  'station.\nThe council said pumps were working through the night and advised residents to avoid the river path.';

export const FERRY = [
  'A passenger ferry carrying 300 people caught fire off the coast of Sulawesi on Sunday, forcing ' +
    'passengers to jump into the sea. Indonesian rescuers pulled survivors from the water near Manado.',
  'Rescuers in Indonesia searched the sea off Sulawesi after a ferry fire on Sunday. Survivors said ' +
    'passengers jumped into the water as flames spread across the ferry near the port of Manado.',
  'The Indonesian navy joined the search for missing passengers after the ferry blaze off Sulawesi. ' +
    'Officials in Manado said most of the 300 people on board the burning ferry had been rescued from the sea.',
];
export const LATE_FERRY =
  'Investigators in Manado began examining the burnt ferry on Tuesday, two days after the fire off Sulawesi ' +
  'forced passengers into the sea. Rescuers said the search for missing passengers would continue.';
export const CHESS =
  'The world chess championship in Singapore ended in a draw on Sunday after a long endgame. ' +
  'The challenger said he would prepare a sharper opening for the next game.';
