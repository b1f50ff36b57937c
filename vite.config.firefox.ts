import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import { firefoxManifest } from './src/manifest-firefox';

/** Firefox build: `dist-firefox/` loads as a temporary add-on (about:debugging) and passes `web-ext lint`. */
export default defineConfig({
  build: {
    outDir: 'dist-firefox',
    emptyOutDir: true,
    target: ['firefox128', 'chrome120'],
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
      manifest: firefoxManifest() as never,
      browser: 'firefox',
      contentScripts: { standaloneFiles: ['src/content/index.ts'] },
    }),
  ],
});
