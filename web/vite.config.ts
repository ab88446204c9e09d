// Builds the dashboard into web/dist/ (served by `newsgraph serve`). JSX is compiled for Preact by esbuild;
// `base: './'` keeps asset URLs relative so the server may mount the dashboard under any path.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: { proxy: { '/api': process.env.NEWSGRAPH_API ?? 'http://127.0.0.1:8787' } },
});
