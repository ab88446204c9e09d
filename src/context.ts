/**
 * What stages share and load once per process: models, gazetteers, dictionaries. A stage asks the cache
 * for a resource by key with its loader; the first call loads it, later calls reuse it.
 */
export class ResourceCache {
  private readonly items = new Map<string, unknown>();

  get<T>(key: string, load: () => T): T {
    if (this.items.has(key)) return this.items.get(key) as T;
    const value = load();
    this.items.set(key, value);
    return value;
  }

  /** Puts a resource in place (options a caller chooses before analysing, e.g. its own dictionaries). */
  set(key: string, value: unknown): void {
    this.items.set(key, value);
  }

  delete(key: string): void {
    this.items.delete(key);
  }
}

export interface Context {
  cache: ResourceCache;
}

export function createContext(): Context {
  return { cache: new ResourceCache() };
}
