import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** Values of NEWSGRAPH_CACHE_DIR that turn the cache off. */
const OFF = new Set(['off', '0', 'false', 'none']);

/**
 * Where derived files are cached: NEWSGRAPH_CACHE_DIR, else `$XDG_CACHE_HOME/newsgraph`, else
 * `~/.cache/newsgraph`. Undefined when NEWSGRAPH_CACHE_DIR turns the cache off.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.NEWSGRAPH_CACHE_DIR?.trim();
  if (chosen) return OFF.has(chosen.toLowerCase()) ? undefined : resolve(chosen);
  const xdg = env.XDG_CACHE_HOME?.trim();
  return join(xdg ? resolve(xdg) : join(homedir(), '.cache'), 'newsgraph');
}
