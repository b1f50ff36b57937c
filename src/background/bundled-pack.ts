/** The claim database shipped inside the extension, checked against the schema when first loaded. */
import deal from '../claims/deal.json';
import type { ClaimPack } from '../claims/types';
import { validatePack } from '../core/pack-validate';

/** The bundled pack; throws with the schema errors if the shipped file is malformed. */
export function loadBundledPack(): ClaimPack {
  const checked = validatePack(deal as unknown);
  if (!checked.ok) throw new Error(`bundled claim pack is invalid: ${checked.errors.slice(0, 3).join('; ')}`);
  return checked.value;
}
