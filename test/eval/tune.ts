/**
 * `npx tsx test/eval/tune.ts`: sweeps the matcher's tunables on the TUNING half only and prints
 * precision / recall / conflict accuracy for each setting, to choose DEFAULT_TUNING.
 */
import { DEFAULT_TUNING } from '../../src/core/matcher';
import { evaluate, loadLabelled, loadPack } from './run';

const pack = loadPack();
const tune = loadLabelled().filter((x) => x.split === 'tune');
const rows: Array<[number, string]> = [];
for (const slotBonus of [0, 0.1, 0.2, 0.3]) {
  for (const unknownWeight of [0.5]) {
    for (const variantWeight of [0.3, 0.45]) {
      for (const threshold of [0.4, 0.45, 0.5]) {
        const t = { ...DEFAULT_TUNING, threshold, slotBonus, unknownWeight, variantWeight };
        const r = evaluate(pack, tune, t);
        rows.push([
          r.f1,
          `slotBonus ${slotBonus} unknown ${unknownWeight} vw ${variantWeight} th ${threshold}  P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} conflict ${r.conflictAccuracy.toFixed(3)}`,
        ]);
      }
    }
  }
}
const top = process.argv.includes('--all') ? rows : rows.sort((a, b) => b[0] - a[0]).slice(0, 15);
console.log(top.map((r) => r[1]).join('\n'));
