/**
 * `npx tsx test/eval/tune.ts`: sweeps the matcher's threshold and variant weight on the TUNING half
 * only and prints precision / recall / conflict accuracy for each setting, to choose DEFAULT_TUNING.
 */
import { DEFAULT_TUNING } from '../../src/core/matcher';
import { evaluate, loadLabelled, loadPack } from './run';

const pack = loadPack();
const tune = loadLabelled().filter((x) => x.split === 'tune');
const rows: string[] = [];
for (const variantWeight of [0.4, 0.5, 0.6, 0.7, 0.8]) {
  for (const threshold of [0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
    const r = evaluate(pack, tune, { ...DEFAULT_TUNING, threshold, variantWeight });
    rows.push(
      `vw ${variantWeight.toFixed(2)} th ${threshold.toFixed(2)}  P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} conflict ${r.conflictAccuracy.toFixed(3)}`,
    );
  }
}
console.log(rows.join('\n'));
