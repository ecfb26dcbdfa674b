import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The explorer is a static site: `npm run build:web` writes it to web/dist, which the API process
 * serves at `/` (src/http/explorer.ts). Relative asset paths, so it works wherever it is mounted.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // `npx vite --config web/vite.config.ts` serves the explorer with live reload and passes /graphql
  // on to a running API (`npm start`; another address through RAADSGRAAF_API).
  server: {
    proxy: { '/graphql': process.env.RAADSGRAAF_API ?? 'http://127.0.0.1:4000' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1000,
  },
});
