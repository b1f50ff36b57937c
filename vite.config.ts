import { readdirSync, readFileSync } from 'node:fs';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };
import { DEFAULT_TUNING, shippedIndexParts } from './src/core/matcher.ts';
import { validatePack } from './src/core/pack-validate.ts';

/** The build's deal.json is the validated pack (see the load hook below): the worker may trust it. */
const PACK_CHECKED = 'export const packChecked = true;\n';

/**
 * The bundled pack as the extension ships it: `src/claims/deal.json` in the validator's own form (same
 * content, canonical key order), and `src/claims/deal-analysis.ts` (which says "none") replaced with
 * the matcher's index of it, built now with the same code the matcher runs. A starting service worker
 * then only parses the index's tables (a JSON string parses faster than the same data as a literal),
 * after checking they were built from what it loaded: the pack module itself, so no copy ships. The
 * text analysis ships too, parsed only when the tables do not fit (imported packs).
 */
export function bundledAnalysisPlugin(): Plugin {
  const packFile = new URL('./src/claims/deal.json', import.meta.url);
  // The index is made by the matcher code loaded with this config. Should that code change on disk
  // afterwards (a watch rebuild), the bundle would run newer code than made the index: ship none then.
  const coreDir = new URL('./src/core/', import.meta.url);
  const coreCode = () => readdirSync(coreDir).filter((f) => f.endsWith('.ts')).sort().map((f) => readFileSync(new URL(f, coreDir), 'utf8')).join('\0');
  const codeAtLoad = coreCode();
  const isModule = (id: string, file: string) => id.split('?')[0].replace(/\\/g, '/').endsWith(file);
  const bundledPack = () => {
    const checked = validatePack(JSON.parse(readFileSync(packFile, 'utf8')) as unknown);
    if (!checked.ok) throw new Error(`bundled claim pack is invalid: ${checked.errors.slice(0, 3).join('; ')}`);
    return checked.value;
  };
  return {
    name: 'deal-lens-bundled-analysis',
    enforce: 'pre',
    load(id) {
      if (isModule(id, '/src/claims/deal.json')) return JSON.stringify(bundledPack());
      if (!isModule(id, '/src/claims/deal-analysis.ts')) return null;
      this.addWatchFile(packFile.pathname);
      if (coreCode() !== codeAtLoad) {
        this.warn('matcher code changed since the config was loaded: no precomputed index this build (restart to get it back)');
        return `export const bundledAnalysis = null;\n${PACK_CHECKED}`;
      }
      const [tables, analysis] = shippedIndexParts([bundledPack()]);
      return (
        `import deal from './deal.json';\n` +
        `import { shippedAnalysis } from '../core/claim-analysis';\n` +
        `export const bundledAnalysis = shippedAnalysis(${JSON.stringify(tables)}, () => ({ packs: [deal], tuning: ${JSON.stringify(DEFAULT_TUNING)} }), ${JSON.stringify(analysis)});\n` +
        PACK_CHECKED
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
