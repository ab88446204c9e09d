import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const NODE_MODULES = `${sep}node_modules${sep}`;

/**
 * What identifies one source file's content in an artifact key. Our own files (data tables, code) are
 * hashed. A file inside an installed npm package is named by the package's name and version and its own
 * size: a published version never changes, and hashing the packages' megabytes at every start would cost
 * more than the cache saves. A missing file has a stamp too, so its later appearance changes the key.
 */
export function sourceStamp(path: string): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return `missing ${path}`;
  }
  const inPackage = packageOf(path);
  if (inPackage) return `${inPackage.id} ${relative(inPackage.root, path)} ${size}`;
  return `${createHash('sha256').update(readFileSync(path)).digest('hex')} ${size}`;
}

/** The installed package a file belongs to (nearest package.json under node_modules), if any. */
function packageOf(path: string): { id: string; root: string } | undefined {
  if (!path.includes(NODE_MODULES)) return undefined;
  for (let dir = dirname(path); dir.includes(NODE_MODULES); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name, version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
      name?: string;
      version?: string;
    };
    if (name && version) return { id: `${name}@${version}`, root: dir };
  }
  return undefined;
}
