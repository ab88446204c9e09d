import { sql } from 'kysely';
import {
  DEFAULT_NEAR_DUPLICATE_CONFIG,
  bandHash,
  type NearDuplicateConfig,
} from '../../corpus/near-duplicates.js';
import { estimateJaccard, minhashSignature, shingleHashes } from '../../corpus/minhash.js';
import { first, rows, type Db } from '../sql/db.js';
import type { SqlDialect } from '../sql/dialect.js';
import type { Insert } from '../sql/insert.js';

/**
 * A bucket this full is a text shape shared by many articles (a one-line stub, a standard notice), not a
 * copy: capping the probe keeps such buckets from making every insert slow.
 */
const MAX_BUCKET = 500;

/**
 * The near-duplicate detector's LSH index kept in the database (`corpus_signatures`, `corpus_bands`), so it
 * survives restarts and costs no memory: a lookup is one indexed probe per band, whatever the corpus size,
 * every band probed and the candidates' signatures read in one statement.
 */
export class LshIndex {
  readonly config: NearDuplicateConfig = DEFAULT_NEAR_DUPLICATE_CONFIG;

  /** The MinHash signature of a text, undefined when it has no words. */
  signature(text: string): Uint32Array | undefined {
    const shingles = shingleHashes(text, this.config.shingleSize);
    return shingles.size === 0 ? undefined : minhashSignature(shingles, this.config.bands * this.config.rows);
  }

  /** Stored articles whose estimated shingle Jaccard with `signature` reaches the threshold, best first. */
  async nearDuplicates(
    db: Db,
    dialect: SqlDialect,
    signature: Uint32Array,
  ): Promise<{ id: string; similarity: number }[]> {
    const members = dialect.bucketMembers(this.bandKeys(signature), MAX_BUCKET);
    const candidates = await rows<{ article_id: string; signature: Buffer }>(
      db,
      sql`SELECT article_id, signature FROM corpus_signatures WHERE article_id IN (${members})`,
    );
    const found: { id: string; similarity: number }[] = [];
    for (const candidate of candidates) {
      const similarity = estimateJaccard(signature, fromBytes(candidate.signature));
      if (similarity >= this.config.threshold) found.push({ id: candidate.article_id, similarity });
    }
    return found.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
  }

  /** Estimated Jaccard similarity with a stored article's signature (undefined when it has none). */
  async similarity(db: Db, signature: Uint32Array, id: string): Promise<number | undefined> {
    const stored = await first<{ signature: Buffer }>(
      db,
      sql`SELECT signature FROM corpus_signatures WHERE article_id = ${id}`,
    );
    return stored ? estimateJaccard(signature, fromBytes(stored.signature)) : undefined;
  }

  /** The rows recording `id`'s signature and band keys (for `insertChain`). */
  entries(id: string, signature: Uint32Array): Insert[] {
    const bytes = Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
    const keys = this.bandKeys(signature).map(([band, hash]) => ({ band, hash, article_id: id }));
    return [
      {
        table: 'corpus_signatures',
        rows: [{ article_id: id, signature: bytes }],
        suffix: 'ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature',
      },
      { table: 'corpus_bands', rows: keys, suffix: 'ON CONFLICT DO NOTHING' },
    ];
  }

  private bandKeys(signature: Uint32Array): [number, number][] {
    const { bands, rows: perBand } = this.config;
    return Array.from({ length: bands }, (_, band) => [band, bandHash(signature, band * perBand, perBand)]);
  }
}

/** Stored signature bytes back as Uint32 values (copied: a Buffer's offset need not be 4-byte aligned). */
function fromBytes(bytes: Buffer): Uint32Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}
