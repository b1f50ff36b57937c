import { defineConfig, type UserConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

/** What differs between the browser builds; everything else is shared by `extensionConfig`. */
export interface BuildTarget {
  outDir: string;
  target: string | string[];
  manifest: unknown;
  browser?: 'chrome' | 'firefox';
}

/** The extension build for one browser: popup and options pages, and a standalone content script. */
export function extensionConfig({ outDir, target, manifest, browser = 'chrome' }: BuildTarget): UserConfig {
  return {
    build: {
      outDir,
      emptyOutDir: true,
      target,
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
        browser,
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
  };
}

/** Chromium build: `dist/` is loadable as an unpacked extension. */
export default defineConfig(extensionConfig({ outDir: 'dist', target: 'chrome120', manifest }));
