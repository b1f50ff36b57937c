/**
 * No code from data: nothing in src/ parses text as HTML or code, our page UI sits in closed
 * shadow roots, and the manifests keep the browser's default extension CSP, expose no files to
 * pages and load nothing from elsewhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { firefoxManifest } from '../../src/manifest-firefox';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');

/** Ways text becomes markup or code. Each is a pattern over source text with comments removed. */
const SINKS: [string, RegExp][] = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['DOMParser', /\bDOMParser\b/],
  ['srcdoc', /\bsrcdoc\b/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['remote import', /\bimport\s*\(\s*['"`]https?:/],
  ['remote script', /<script[^>]+src\s*=\s*["']?(https?:)?\/\//i],
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : /\.(ts|tsx|html|js|mjs)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

/** Source without comments, so a doc comment naming a sink is not a finding (strings are kept). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/** Every sink used in `text`, as "name: line". */
function findSinks(text: string): string[] {
  const out: string[] = [];
  code(text)
    .split('\n')
    .forEach((line, i) => {
      for (const [name, re] of SINKS) if (re.test(line)) out.push(`${name}: line ${i + 1}`);
    });
  return out;
}

describe('no code from data', () => {
  it('the scanner finds each sink it looks for (so a clean result means something)', () => {
    expect(findSinks('el.innerHTML = page;')).toEqual(['innerHTML: line 1']);
    expect(findSinks('x\nnode.insertAdjacentHTML("beforeend", s)')).toEqual(['insertAdjacentHTML: line 2']);
    expect(findSinks('<div dangerouslySetInnerHTML={{ __html: t }} />')).toHaveLength(1);
    expect(findSinks('document.write(s)')).toHaveLength(1);
    expect(findSinks('const f = new Function("return 1")')).toHaveLength(1);
    expect(findSinks('eval(text)')).toHaveLength(1);
    expect(findSinks('setTimeout("alert(1)", 5)')).toHaveLength(1);
    expect(findSinks('/** never use innerHTML here */\nel.textContent = s; // not outerHTML')).toEqual([]);
  });

  it('no source file in src/ uses an HTML or code sink', () => {
    const found = files(SRC).flatMap((f) => findSinks(readFileSync(f, 'utf8')).map((s) => `${relative(ROOT, f)} ${s}`));
    expect(found).toEqual([]);
  });

  it('the page UI (hover card, tagging dialog) attaches only closed shadow roots', () => {
    const content = files(join(SRC, 'content')).map((f) => [relative(ROOT, f), code(readFileSync(f, 'utf8'))] as const);
    const attaches = content.filter(([, t]) => /attachShadow\s*\(/.test(t));
    expect(attaches.length).toBeGreaterThan(0);
    for (const [file, text] of content) {
      expect(text, `${file} opens an open shadow root`).not.toMatch(/mode:\s*['"]open['"]/);
      // The tagging UI's mode is a test seam; production calls must not pass 'open'.
      expect(text, `${file} asks for an open tagging UI`).not.toMatch(/createTagUi\([^)]*['"]open['"]/);
    }
    for (const [file, text] of attaches) {
      const modes = [...text.matchAll(/attachShadow\s*\(\s*\{\s*mode:\s*([^}\s]+)\s*\}/g)].map((m) => m[1]);
      expect(modes.length, `${file}: attachShadow with a literal mode`).toBeGreaterThan(0);
      for (const mode of modes) expect(["'closed'", 'shadowMode']).toContain(mode);
    }
  });

  const manifests: [string, Record<string, unknown>][] = [
    ['manifest.json', manifest as Record<string, unknown>],
    ['Firefox manifest', firefoxManifest()],
  ];
  const built = join(ROOT, 'dist', 'manifest.json');
  if (existsSync(built)) manifests.push(['dist/manifest.json', JSON.parse(readFileSync(built, 'utf8'))]);

  for (const [name, m] of manifests) {
    it(`${name}: default extension CSP, no web_accessible_resources, no host access granted up front`, () => {
      expect(m.content_security_policy).toBeUndefined();
      expect(m.web_accessible_resources).toBeUndefined();
      expect(m.host_permissions).toBeUndefined();
      expect(m.externally_connectable).toBeUndefined();
      expect(m.update_url).toBeUndefined();
      // Every script the manifest loads is a file inside the package.
      const scripts = [
        ...((m.content_scripts as { js?: string[] }[] | undefined) ?? []).flatMap((c) => c.js ?? []),
        ...(((m.background as { scripts?: string[]; service_worker?: string }) ?? {}).scripts ?? []),
        ((m.background as { service_worker?: string }) ?? {}).service_worker,
      ].filter((s): s is string => typeof s === 'string');
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) expect(s).not.toMatch(/^[a-z]+:|^\/\//i);
    });
  }

  it('no source file in src/ has a way to reach the network', () => {
    const NET = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|RTCPeerConnection)\s*\(|new\s+(XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection)\b|\bnavigator\s*\.\s*sendBeacon\b/;
    for (const sample of ['await fetch(url)', 'new XMLHttpRequest()', 'new WebSocket(u)', 'navigator.sendBeacon(u, d)']) expect(NET.test(sample), sample).toBe(true);
    const found = files(SRC).filter((f) => NET.test(code(readFileSync(f, 'utf8')))).map((f) => relative(ROOT, f));
    expect(found).toEqual([]);
  });

  it('the built extension (dist/) calls fetch only in Vite’s module-preload helper (our own packaged chunks)', () => {
    const dist = join(ROOT, 'dist');
    if (!existsSync(dist)) return; // built by `npm test` before this runs
    const calls: string[] = [];
    for (const f of files(dist).filter((x) => x.endsWith('.js'))) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/\b(fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)/g)) {
        const around = text.slice(Math.max(0, m.index! - 400), m.index! + 60);
        // Vite's polyfill re-fetches <link rel="modulepreload"> hrefs, which are files of the extension itself.
        const preload = /referrerPolicy/.test(around) && /crossOrigin/.test(around) && /fetch\(\w+\.href,/.test(around);
        if (!preload) calls.push(`${relative(ROOT, f)}: ${around.slice(-120)}`);
      }
    }
    expect(calls).toEqual([]);
  });

  it('the built extension (dist/) contains no code that loads scripts from elsewhere', () => {
    const dist = join(ROOT, 'dist');
    if (!existsSync(dist)) return; // built by `npm test` before this runs; nothing to check otherwise
    const found = files(dist)
      .filter((f) => f.endsWith('.html'))
      .flatMap((f) => findSinks(readFileSync(f, 'utf8')).filter((s) => s.startsWith('remote')).map((s) => `${relative(ROOT, f)} ${s}`));
    expect(found).toEqual([]);
  });
});
