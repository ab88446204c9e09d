import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root (the folder with package.json), whether running from `src/` (tsx) or `dist/src/`. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir)
      throw new Error('newsgraph: cannot find package.json above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  root = dir;
  return dir;
}

/** Path of a file shipped with the package, e.g. `dataFile('geo', 'curated.tsv')` → `<root>/data/geo/curated.tsv`. */
export function dataFile(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}

/** Path of a model file shipped in `models/`. */
export function modelFile(...parts: string[]): string {
  return join(packageRoot(), 'models', ...parts);
}
