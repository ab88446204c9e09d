/** Benchmark inputs: the files named, and the files under the folders named (recursively, sorted). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under `path` (or `path` itself) whose name ends with one of `extensions` (any file if empty). */
export function inputFiles(path: string, extensions: readonly string[] = []): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const wanted = (name: string): boolean =>
    extensions.length === 0 || extensions.some((e) => name.toLowerCase().endsWith(e));
  return readdirSync(path)
    .sort()
    .flatMap((name) => {
      const full = join(path, name);
      if (statSync(full).isDirectory()) return inputFiles(full, extensions);
      return wanted(name) ? [full] : [];
    });
}
