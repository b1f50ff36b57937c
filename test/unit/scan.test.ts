import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runScan, type ScanIO } from '../../src/cli/scan';
import { htmlToText, markdownToText } from '../../src/core/html-text';
import { MINI_PACK } from './mini-pack';

function memoryIO(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ScanIO = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readFile: (p) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return files[p];
    },
  };
  return { io, out, err };
}

const ARTICLE = 'Markets were calm today.\nColossus 1 houses 200,000 GPUs, the company said.\nThe deal gives Anthropic over 200,000 Nvidia GPUs.';

describe('runScan', () => {
  it('prints the --json shape per file with offsets into the text', () => {
    const { io, out, err } = memoryIO({ 'a.txt': ARTICLE });
    expect(runScan(['--json', 'a.txt'], io, MINI_PACK)).toBe(0);
    expect(err).toEqual([]);
    const result = JSON.parse(out[0]);
    expect(Object.keys(result)).toEqual(['file', 'matches']);
    expect(result.file).toBe('a.txt');
    expect(result.matches).toHaveLength(2);
    const [wrong, vague] = result.matches;
    expect(Object.keys(wrong)).toEqual(['sentence', 'start', 'end', 'claimId', 'topic', 'score', 'verdict', 'conflict', 'slots']);
    expect(ARTICLE.slice(wrong.start, wrong.end)).toBe(wrong.sentence);
    expect(wrong).toMatchObject({ topic: 'gpu-count', verdict: 'conflicts', conflict: true });
    expect(wrong.slots).toEqual([{ slot: 'quantity', page: '200,000 GPUs', preferred: 'more than 220,000 GPUs' }]);
    expect(vague).toMatchObject({ claimId: 'gpus-200k', verdict: 'less-precise', conflict: false });
  });

  it('prints readable lines and says when nothing matched', () => {
    const { io, out } = memoryIO({ 'a.txt': ARTICLE, 'b.md': '# Weather\n\nIt rained in Paris.' });
    expect(runScan(['a.txt', 'b.md'], io, MINI_PACK)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain('a.txt: 2 matched sentences');
    expect(text).toContain('quantity: page says 200,000 GPUs; best-supported: more than 220,000 GPUs');
    expect(text).toContain('b.md: 0 matched sentences');
  });

  it('reports a missing file on stderr, exits non-zero and still scans the others', () => {
    const { io, out, err } = memoryIO({ 'a.txt': ARTICLE });
    expect(runScan(['--json', 'missing.txt', 'a.txt'], io, MINI_PACK)).toBe(1);
    expect(err).toEqual(['scan: cannot read missing.txt: no such file']);
    expect(JSON.parse(out[0]).file).toBe('a.txt');
  });

  it('uses --date for relative dates and rejects a malformed one', () => {
    const text = 'Anthropic and SpaceX announced their compute partnership on Wednesday.';
    const onDay = memoryIO({ 'd.txt': text });
    runScan(['--json', '--date', '2026-05-07', 'd.txt'], onDay.io, MINI_PACK);
    expect(JSON.parse(onDay.out[0]).matches[0].verdict).toBe('agrees');
    const later = memoryIO({ 'd.txt': text });
    runScan(['--json', '--date', '2026-05-20', 'd.txt'], later.io, MINI_PACK);
    expect(JSON.parse(later.out[0]).matches[0].verdict).toBe('conflicts');
    const bad = memoryIO({ 'd.txt': text });
    expect(runScan(['--date', 'May 7', 'd.txt'], bad.io, MINI_PACK)).toBe(2);
    expect(bad.err[0]).toContain('--date');
  });
});

describe('HTML and Markdown to text', () => {
  it('drops page chrome and scripts, decodes entities, keeps one block per line', () => {
    const html =
      '<html><head><title>T</title><script>var x = "Colossus 1 has 220,000 GPUs";</script></head><body><nav>Home | Colossus 1 news</nav>' +
      '<article><h1>Anthropic &amp; SpaceX</h1><p>Colossus&nbsp;1 has <b>more than 220,000</b> GPUs.</p><p>Second&#8217;s para.</p></article>' +
      '<footer>Contact</footer></body></html>';
    expect(htmlToText(html)).toBe('Anthropic & SpaceX\nColossus\u00a01 has more than 220,000 GPUs.\nSecond\u2019s para.');
  });
  it('strips Markdown markup and link targets', () => {
    const md = '# Deal news\n\n- **Colossus 1** has [over 220,000 GPUs](https://example.com/x).\n\n```\ncode here\n```\n> Quoted _text_.';
    expect(markdownToText(md)).toBe('Deal news\nColossus 1 has over 220,000 GPUs.\nQuoted text.');
  });
});

describe('npm run scan (the real command)', () => {
  it('scans an HTML file with the bundled pack and fails on a missing one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><body><article><p>Anthropic has signed a compute deal with SpaceX for capacity at Colossus 1.</p><p>The weather was fine.</p></article></body></html>');
    const ok = execFileSync('npx', ['tsx', 'src/cli/scan.ts', '--json', page], { encoding: 'utf8' });
    const result = JSON.parse(ok.trim().split('\n').pop()!);
    expect(result.file).toBe(page);
    expect(result.matches.length).toBeGreaterThanOrEqual(1);
    expect(result.matches[0].sentence).toContain('Anthropic has signed a compute deal');
    const missing = spawnSync('npx', ['tsx', 'src/cli/scan.ts', join(dir, 'nope.txt'), page], { encoding: 'utf8' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('cannot read');
    expect(missing.stdout).toContain('page.html: ');
  }, 30_000);
});
