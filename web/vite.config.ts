import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The explorer is a static site: `npm run build:web` writes it to web/dist, which the API process
 * serves at `/` (src/http/explorer.ts). Relative asset paths, so it works wherever it is mounted.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1000,
  },
});
