/**
 * `npm run pack:stats [-- PACK.json] [--json]`: validates a claim pack (the bundled one by default) and
 * prints its counts: claims per topic and per status, conflict groups per kind, appearances per report.
 * An invalid pack prints every error with its JSON path and exits with code 1.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parsePack } from '../core/pack-validate';
import { formatPackStats, packStats } from '../core/pack-stats';

const USAGE = 'usage: npm run pack:stats [-- PACK.json] [--json]';

/** Runs the command; returns the exit code. Separated from process handling so tests can call it. */
export function runPackStats(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => !a.startsWith('--'));
  if (argv.some((a) => a.startsWith('--') && a !== '--json') || files.length > 1) {
    err(USAGE);
    return 2;
  }
  const path = files[0] ?? fileURLToPath(new URL('../claims/deal.json', import.meta.url));
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    err(`cannot read ${path}: ${(e as Error).message}`);
    return 1;
  }
  const result = parsePack(text);
  if (!result.ok) {
    err(`${path}: invalid claim pack`);
    for (const e of result.errors) err(`  ${e}`);
    return 1;
  }
  const stats = packStats(result.value);
  out(json ? JSON.stringify(stats, null, 2) : formatPackStats(stats));
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = runPackStats(process.argv.slice(2), (s) => console.log(s), (s) => console.error(s));
}
