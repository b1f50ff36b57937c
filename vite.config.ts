import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { shippedIndexParts } from './src/core/matcher';
import { validatePack } from './src/core/pack-validate';

/**
 * Replaces `src/claims/deal-analysis.ts` (which says "none") with the matcher's index of the bundled
 * pack, built now with the same code the matcher runs, so the service worker's first index build only
 * parses its tables (JSON strings parse faster than the same data as literals). The text analysis
 * ships too, parsed only when the tables do not fit (imported packs): texts it has are not analysed again.
 */
export function bundledAnalysisPlugin(): Plugin {
  const packFile = new URL('./src/claims/deal.json', import.meta.url);
  return {
    name: 'deal-lens-bundled-analysis',
    enforce: 'pre',
    load(id) {
      if (!id.split('?')[0].replace(/\\/g, '/').endsWith('/src/claims/deal-analysis.ts')) return null;
      this.addWatchFile(packFile.pathname);
      const checked = validatePack(JSON.parse(readFileSync(packFile, 'utf8')) as unknown);
      if (!checked.ok) throw new Error(`bundled claim pack is invalid: ${checked.errors.slice(0, 3).join('; ')}`);
      const [tables, input, analysis] = shippedIndexParts([checked.value]);
      return (
        `import { shippedAnalysis } from '../core/claim-analysis';\n` +
        `export const bundledAnalysis = shippedAnalysis(${JSON.stringify(tables)}, ${JSON.stringify(input)}, ${JSON.stringify(analysis)});\n`
      );
    },
  };
}

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
        // Preact gets a chunk of its own name, so lint output and bundle sizes say what they are.
        output: { manualChunks: (id: string) => (id.includes('/node_modules/preact/') ? 'preact' : undefined) },
      },
    },
    plugins: [
      bundledAnalysisPlugin(),
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
