/**
 * `npx tsx test/eval/tune.ts [--all]`: sweeps the matcher's tunables on the TUNING half only and prints
 * precision / recall / conflict accuracy for each setting, to choose DEFAULT_TUNING. The framing
 * penalty and the share of claims that makes a word generic are swept alongside the threshold.
 */
import { DEFAULT_TUNING } from '../../src/core/matcher';
import { evaluate, loadLabelled, loadPack } from './run';

const pack = loadPack();
const all = loadLabelled();
const tune = all.filter((x) => x.split === 'tune');
const rows: Array<[number, string]> = [];
for (const framingPenalty of [0, 0.25, 0.5]) {
  for (const genericShare of [0.1, 0.15, 0.2, 0.3]) {
    for (const variantWeight of [0.3, 0.45]) {
      for (const threshold of [0.4, 0.45, 0.5]) {
        const t = { ...DEFAULT_TUNING, threshold, framingPenalty, genericShare, variantWeight };
        const r = evaluate(pack, tune, t, { context: all });
        rows.push([
          r.f1,
          `framing ${framingPenalty} generic ${genericShare} vw ${variantWeight} th ${threshold}  P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} conflict ${r.conflictAccuracy.toFixed(3)}`,
        ]);
      }
    }
  }
}
const top = process.argv.includes('--all') ? rows : rows.sort((a, b) => b[0] - a[0]).slice(0, 15);
console.log(top.map((r) => r[1]).join('\n'));
