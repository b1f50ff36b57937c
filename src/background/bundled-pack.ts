/** The claim database shipped inside the extension, checked against the schema by the build or, from source, when first loaded. */
import deal from '../claims/deal.json';
import type { ClaimPack } from '../claims/types';
import { validatePack } from '../core/pack-validate';
import { packChecked } from '../claims/deal-analysis';

/** The bundled pack; throws with the schema errors if the shipped file is malformed. */
export function loadBundledPack(): ClaimPack {
  // An extension build has checked it already and shipped the checked form (a cold check costs 8-16 ms).
  if (packChecked) return deal as unknown as ClaimPack;
  const checked = validatePack(deal as unknown);
  if (!checked.ok) throw new Error(`bundled claim pack is invalid: ${checked.errors.slice(0, 3).join('; ')}`);
  return checked.value;
}
