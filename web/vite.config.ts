import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The web interface is served by `civicgraph serve` from web/dist; in dev, Vite proxies the API to it.
export default defineConfig({
  root,
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The graph library alone is ~450 kB; it loads only on the graph page.
    chunkSizeWarningLimit: 700,
  },
  server: {
    proxy: {
      '/graphql': process.env.CIVICGRAPH_API ?? 'http://127.0.0.1:4000',
      '/health': process.env.CIVICGRAPH_API ?? 'http://127.0.0.1:4000',
    },
  },
});
