import { defineConfig } from 'vite';
import { extensionConfig } from './vite.config.ts';
import { firefoxManifest } from './src/manifest-firefox.ts';

/** Firefox build: `dist-firefox/` loads as a temporary add-on (about:debugging) and passes `web-ext lint`. */
export default defineConfig(
  extensionConfig({ outDir: 'dist-firefox', target: ['firefox128', 'chrome120'], manifest: firefoxManifest(), browser: 'firefox' }),
);
