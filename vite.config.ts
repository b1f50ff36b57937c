import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

/** Chromium build: `dist/` is loadable as an unpacked extension. */
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    rollupOptions: {
      input: {
        popup: 'src/popup/index.html',
        options: 'src/options/index.html',
      },
    },
  },
  plugins: [
    crx({
      manifest: manifest as never,
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
});
