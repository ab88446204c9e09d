/**
 * The files an artifact's key names besides its data: the code that builds it. Shared by the gazetteer and
 * the KB index caches. In the bundled CLI (`dist/cli/`) that code sits in one of the bundle's files, whose
 * folder holds the whole bundle and has no subfolders: the bundle's own files are then the code part of the key.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Files in `dir` whose names end in `ext` (declarations `.d.ts` left out); none when `dir` is absent. */
export function filesIn(dir: string, ext: string): string[] {
  return (existsSync(dir) ? readdirSync(dir) : [])
    .filter((name) => name.endsWith(ext) && !name.endsWith(`.d${ext}`))
    .map((name) => join(dir, name));
}

/**
 * The code files in the folder of the module at `moduleUrl` and in `folders` relative to it, with the
 * module's own extension (.ts under tsx, .js when compiled).
 */
export function codeFilesBeside(moduleUrl: string, folders: readonly string[]): string[] {
  const path = fileURLToPath(moduleUrl);
  return folders.flatMap((folder) => filesIn(join(dirname(path), folder), extname(path)));
}
