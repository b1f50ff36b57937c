/**
 * The Firefox build: `npm run build:firefox` writes a Manifest V3 add-on to `dist-firefox/` that
 * Firefox's own linter (web-ext lint, offline) accepts with no errors, and whose only warnings
 * come from a bundled library (Preact's support for a prop our code never uses). Firefox itself is
 * not driven here: playwright-core needs Playwright's patched Firefox, not Debian's firefox-esr.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './harness';

const OUT = join(ROOT, 'dist-firefox');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** The source text around a lint message's position in the built file. */
function around(m: LintMessage, width = 400): string {
  const lines = readFileSync(join(OUT, m.file ?? ''), 'utf8').split('\n');
  const line = lines[(m.line ?? 1) - 1] ?? '';
  const col = m.column ?? 0;
  return line.slice(Math.max(0, col - width), col + width);
}

describe('Firefox build', () => {
  let manifest: Record<string, any>;
  let report: LintReport;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.config.firefox.ts', '--logLevel', 'error'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
    // web-ext ships no type declarations: a module name held in a variable keeps tsc out of it.
    const name = 'web-ext';
    const webExt = (await import(name)).default as { cmd: { lint(opts: object, deps: object): Promise<unknown> } };
    report = (await webExt.cmd.lint(
      { sourceDir: OUT, output: 'none', selfHosted: true, boring: true },
      { shouldExitProgram: false },
    )) as LintReport;
  }, 120_000);

  it('is Manifest V3 with background.scripts, a gecko id and no data collected', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(Array.isArray(manifest.background.scripts)).toBe(true);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('web-ext lint reports no errors', () => {
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  });

  it('every web-ext lint warning comes from a bundled library, none from our code', () => {
    // Preact's renderer assigns innerHTML only for the dangerouslySetInnerHTML prop, which
    // test/unit/no-html-sinks.test.ts proves our source never passes.
    const ours = report.warnings.filter((w) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && /dangerouslySetInnerHTML/.test(around(w)) && /__html/.test(around(w))));
    expect(ours.map((w) => `${w.code} ${w.file ?? ''}:${w.line}:${w.column} ${w.message}`)).toEqual([]);
  });
});
