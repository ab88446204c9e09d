/**
 * The shipped NER model file read and gunzipped by libuv's thread pool, so that a cold `analyze` does not
 * gunzip its 6 MB in the one thread that also compiles the pipeline's modules and loads every other table
 * (~30 ms of that thread's time, on a machine with a second core idle meanwhile). `analyze` starts it next to
 * the pipeline's import; `loadNerModel` takes the bytes if they are there and otherwise reads the file itself,
 * so a prefetch that failed or was never started changes nothing but the time.
 */
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { modelFile } from '../../../util/paths.js';

/** File name of the shipped model in `models/`. */
export const DEFAULT_NER_MODEL = 'ner-conll-perceptron.bin.gz';

const gunzipAsync = promisify(gunzip);

/** The one prefetched file: its path and, once ready, its gunzipped bytes. */
let prefetched: { path: string; raw?: Buffer } | undefined;

/** Starts reading and gunzipping the model at `path`; resolves when done (never rejects). */
export function prefetchNerModel(path: string): Promise<void> {
  const entry: { path: string; raw?: Buffer } = { path };
  prefetched = entry;
  return readFile(path)
    .then((file) => gunzipAsync(file))
    .then(
      (raw) => {
        entry.raw = raw;
      },
      () => {
        if (prefetched === entry) prefetched = undefined; // the loader reads it and reports the error
      },
    );
}

/** `prefetchNerModel` of the shipped model, the one `loadNerModel()` reads by default. */
export function prefetchShippedNerModel(): Promise<void> {
  return prefetchNerModel(modelFile(DEFAULT_NER_MODEL));
}

/** The gunzipped bytes of the model at `path` if a prefetch of it finished; handed out once. */
export function takePrefetchedNerModel(path: string): Buffer | undefined {
  if (prefetched?.path !== path || !prefetched.raw) return undefined;
  const { raw } = prefetched;
  prefetched = undefined;
  return raw;
}
