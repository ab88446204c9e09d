/**
 * Bundles the CLI (`src/cli/main.ts`) and the analysis worker (`src/ingest/batch/worker.ts`) into a few
 * files under `dist/cli/`, the `newsgraph` bin. Why: a cold `analyze` spent about a third of its time resolving, reading
 * and compiling some 600 small ES modules in two threads; one file per thread (plus lazily loaded chunks for
 * the other commands) loads several times faster. Packages that read their own files at run time (datasets,
 * models, native addons) stay external and load from node_modules as before; the pure-code packages on the
 * analysis path are inlined. The tests run from source; `test/cli/bundle.test.ts` checks the bundle's output.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Pure-JavaScript packages (no files read through __dirname) that the analysis path imports. */
export const INLINED_PACKAGES: readonly string[] = ['zod', 'chrono-node', 'commander', 'wink-nlp', 'luxon'];

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * Builds the bundle from the TypeScript in `src` into `outdir` (emptied first). `outdir` must be inside the
 * package: the bundle finds `data/`, `models/` and node_modules by walking up from its own folder.
 */
export async function bundleCli(src: string, outdir: string): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: {
      main: join(src, 'cli', 'main.ts'),
      // The pool starts `./worker.js` next to its own code, which is in the same folder.
      worker: join(src, 'ingest', 'batch', 'worker.ts'),
    },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
    // The inlined CommonJS packages call require() for Node's built-ins, which ES modules lack.
    banner: {
      js: "import { createRequire as newsgraphCreateRequire } from 'node:module';\nconst require = newsgraphCreateRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'external-packages',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            INLINED_PACKAGES.includes(packageName(args.path))
              ? undefined
              : { path: args.path, external: true },
          );
        },
      },
    ],
  });
}

// Run as a script (`npm run bundle:cli`), not imported by the test.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = join(import.meta.dirname, '..');
  await bundleCli(join(root, 'src'), join(root, 'dist', 'cli'));
}
