import {
  DEFAULT_NEAR_DUPLICATE_CONFIG,
  bandHash,
  type NearDuplicateConfig,
} from '../../../corpus/near-duplicates.js';
import { estimateJaccard, minhashSignature, shingleHashes } from '../../../corpus/minhash.js';
import { rows, run, type Db } from '../sql.js';

/**
 * A bucket this full is a text shape shared by many articles, not a copy: the probe reads at most this
 * many of it (as `corpus/store/lsh-index.ts` does on SQLite).
 */
const MAX_BUCKET = 500;

/**
 * The near-duplicate LSH index in PostgreSQL (`corpus_signatures`, `corpus_bands`): the async twin of
 * `corpus/store/lsh-index.ts`, with every band probed in one statement and candidates' signatures read in
 * one more.
 */
export class PgLshIndex {
  readonly config: NearDuplicateConfig = DEFAULT_NEAR_DUPLICATE_CONFIG;

  /** The MinHash signature of a text, undefined when it has no words. */
  signature(text: string): Uint32Array | undefined {
    const shingles = shingleHashes(text, this.config.shingleSize);
    return shingles.size === 0 ? undefined : minhashSignature(shingles, this.config.bands * this.config.rows);
  }

  /** Stored articles whose estimated shingle Jaccard with `signature` reaches the threshold, best first. */
  async nearDuplicates(db: Db, signature: Uint32Array): Promise<{ id: string; similarity: number }[]> {
    const [bands, hashes] = this.bandKeys(signature);
    const candidates = await rows<{ article_id: string; signature: Buffer }>(
      db,
      `SELECT s.article_id, s.signature FROM corpus_signatures s
        WHERE s.article_id IN (
          SELECT x.article_id FROM unnest($1::int[], $2::bigint[]) AS k (band, hash)
           CROSS JOIN LATERAL (SELECT c.article_id FROM corpus_bands c WHERE c.band = k.band AND c.hash = k.hash
                                ORDER BY c.article_id LIMIT ${MAX_BUCKET}) x)`,
      [bands, hashes],
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
    const [stored] = await rows<{ signature: Buffer }>(
      db,
      'SELECT signature FROM corpus_signatures WHERE article_id = $1',
      [id],
    );
    return stored ? estimateJaccard(signature, fromBytes(stored.signature)) : undefined;
  }

  async add(db: Db, id: string, signature: Uint32Array): Promise<void> {
    await run(
      db,
      `INSERT INTO corpus_signatures (article_id, signature) VALUES ($1, $2)
       ON CONFLICT (article_id) DO UPDATE SET signature = excluded.signature`,
      [id, Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength)],
    );
    const [bands, hashes] = this.bandKeys(signature);
    await run(
      db,
      `INSERT INTO corpus_bands (band, hash, article_id) SELECT band, hash, $3 FROM unnest($1::int[], $2::bigint[])
         AS k (band, hash) ON CONFLICT DO NOTHING`,
      [bands, hashes, id],
    );
  }

  private bandKeys(signature: Uint32Array): [number[], number[]] {
    const { bands, rows: perBand } = this.config;
    const numbers = Array.from({ length: bands }, (_, band) => band);
    return [numbers, numbers.map((band) => bandHash(signature, band * perBand, perBand))];
  }
}

/** Stored signature bytes back as Uint32 values (copied: a Buffer's offset need not be 4-byte aligned). */
function fromBytes(bytes: Buffer): Uint32Array {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Uint32Array(copy.buffer);
}
