import { DEFAULT_NEAR_DUPLICATE_CONFIG, bandHash, type NearDuplicateConfig } from '../near-duplicates.js';
import { estimateJaccard, minhashSignature, shingleHashes } from '../minhash.js';
import type { Statements } from './sql.js';

/**
 * The near-duplicate detector's LSH index kept in the database (`corpus_signatures`, `corpus_bands`), so it
 * survives restarts and costs no memory: a lookup is one indexed probe per band, whatever the corpus size.
 */
export class PersistentLshIndex {
  readonly config: NearDuplicateConfig = DEFAULT_NEAR_DUPLICATE_CONFIG;

  constructor(private readonly sql: Statements) {}

  /** The MinHash signature of a text, undefined when it has no words. */
  signature(text: string): Uint32Array | undefined {
    const shingles = shingleHashes(text, this.config.shingleSize);
    return shingles.size === 0 ? undefined : minhashSignature(shingles, this.config.bands * this.config.rows);
  }

  /** Stored articles whose estimated shingle Jaccard with `signature` reaches the threshold, best first. */
  nearDuplicates(signature: Uint32Array): { id: string; similarity: number }[] {
    const probe = this.sql.get(
      `SELECT article_id FROM corpus_bands WHERE band = ? AND hash = ? LIMIT ${MAX_BUCKET}`,
    );
    const candidates = new Set<string>();
    for (const [band, hash] of this.bandKeys(signature)) {
      for (const id of probe.pluck().all(band, hash) as string[]) candidates.add(id);
    }
    const found: { id: string; similarity: number }[] = [];
    for (const id of candidates) {
      const similarity = this.similarity(signature, id);
      if (similarity !== undefined && similarity >= this.config.threshold) found.push({ id, similarity });
    }
    return found.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
  }

  /** Estimated Jaccard similarity with a stored article's signature (undefined when it has none). */
  similarity(signature: Uint32Array, id: string): number | undefined {
    const blob = this.sql.get('SELECT signature FROM corpus_signatures WHERE article_id = ?').pluck().get(id);
    return blob instanceof Buffer ? estimateJaccard(signature, fromBlob(blob)) : undefined;
  }

  add(id: string, signature: Uint32Array): void {
    this.sql
      .get('INSERT OR REPLACE INTO corpus_signatures (article_id, signature) VALUES (?, ?)')
      .run(id, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength));
    const insert = this.sql.get(
      'INSERT OR IGNORE INTO corpus_bands (band, hash, article_id) VALUES (?, ?, ?)',
    );
    for (const [band, hash] of this.bandKeys(signature)) insert.run(band, hash, id);
  }

  private bandKeys(signature: Uint32Array): [number, number][] {
    const { bands, rows } = this.config;
    return Array.from({ length: bands }, (_, band) => [band, bandHash(signature, band * rows, rows)]);
  }
}

/**
 * A bucket this full is a text shape shared by many articles (a one-line stub, a standard notice), not a
 * copy: capping the probe keeps such buckets from making every insert slow.
 */
const MAX_BUCKET = 500;

/** A stored signature back as Uint32 values (copied: a Buffer's offset need not be 4-byte aligned). */
function fromBlob(blob: Buffer): Uint32Array {
  const copy = new Uint8Array(blob.byteLength);
  copy.set(blob);
  return new Uint32Array(copy.buffer);
}
