/**
 * `npm run scan -- FILE... [--json] [--date YYYY-MM-DD] [--pack PACK.json]`: runs the extension's own
 * segmenter, matcher and verdict rule over text, Markdown or HTML files and prints every matched
 * sentence. A file that cannot be read is reported on stderr and makes the exit code non-zero; the
 * other files are still scanned.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ClaimPack } from '../claims/types';
import type { SentenceMatch } from '../core/match-types';
import { fileToText } from '../core/html-text';
import { createMatcher, type Matcher } from '../core/matcher';
import { segmentText } from '../core/segment';

/** Where the command writes; the tests pass in-memory writers. */
export interface ScanIO {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): string;
}

/** One file's result, exactly the `--json` shape. */
export interface ScanFileResult {
  file: string;
  matches: Array<Pick<SentenceMatch, 'sentence' | 'start' | 'end' | 'claimId' | 'topic' | 'score' | 'verdict' | 'conflict' | 'slots'>>;
}

const USAGE = 'usage: npm run scan -- FILE... [--json] [--date YYYY-MM-DD] [--pack PACK.json]';

/** The bundled claim pack, read from disk (the CLI runs from source). */
export function loadBundledPack(): ClaimPack {
  const path = fileURLToPath(new URL('../claims/deal.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as ClaimPack;
}

/** Scans one text (already converted from its format) with a built matcher. */
export function scanText(file: string, text: string, matcher: Matcher, published: string | null): ScanFileResult {
  const matches = matcher.match(segmentText(text), { published }).map((m) => ({
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    claimId: m.claimId,
    topic: m.topic,
    score: m.score,
    verdict: m.verdict,
    conflict: m.conflict,
    slots: m.slots,
  }));
  return { file, matches };
}

function printHuman(result: ScanFileResult, io: ScanIO): void {
  const n = result.matches.length;
  io.out(`${result.file}: ${n} matched sentence${n === 1 ? '' : 's'}`);
  for (const m of result.matches) {
    io.out(`  [${m.start}-${m.end}] ${m.claimId} (${m.topic}) score ${m.score.toFixed(3)} ${m.verdict}${m.conflict ? ' CONFLICT' : ''}`);
    io.out(`    "${m.sentence}"`);
    for (const d of m.slots) io.out(`    ${d.slot}: page says ${d.page}; best-supported: ${d.preferred}`);
  }
}

/** Runs the command; returns the exit code (0 all files scanned, 1 some file unreadable, 2 bad usage). */
export function runScan(argv: string[], io: ScanIO, pack?: ClaimPack): number {
  let json = false;
  let date: string | null = null;
  let packPath: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--date' || a.startsWith('--date=')) {
      date = a.includes('=') ? a.slice(7) : (argv[++i] ?? '');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
        io.err(`scan: --date needs a date as YYYY-MM-DD, got "${date}"`);
        return 2;
      }
    } else if (a === '--pack' || a.startsWith('--pack=')) {
      packPath = a.includes('=') ? a.slice(7) : (argv[++i] ?? '');
    } else if (a === '--help' || a === '-h') {
      io.out(USAGE);
      return 0;
    } else if (a.startsWith('--')) {
      io.err(`scan: unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length === 0) {
    io.err(`scan: no file given\n${USAGE}`);
    return 2;
  }
  let claimPack: ClaimPack;
  try {
    claimPack = pack ?? (packPath ? (JSON.parse(io.readFile(packPath)) as ClaimPack) : loadBundledPack());
  } catch (e) {
    io.err(`scan: cannot load the claim pack${packPath ? ` ${packPath}` : ''}: ${(e as Error).message}`);
    return 2;
  }
  const matcher = createMatcher([claimPack]);
  let failed = 0;
  for (const file of files) {
    let content: string;
    try {
      content = io.readFile(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      io.err(`scan: cannot read ${file}: ${why}`);
      failed++;
      continue;
    }
    const result = scanText(file, fileToText(file, content), matcher, date);
    if (json) io.out(JSON.stringify(result));
    else printHuman(result, io);
  }
  return failed > 0 ? 1 : 0;
}

const invokedDirectly = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  const code = runScan(process.argv.slice(2), {
    out: (l) => process.stdout.write(l + '\n'),
    err: (l) => process.stderr.write(l + '\n'),
    readFile: (p) => readFileSync(p, 'utf8'),
  });
  process.exitCode = code;
}
