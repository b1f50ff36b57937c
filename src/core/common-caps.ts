/**
 * Words a news sentence capitalises that name no one: days and months, and the common words and
 * product-tier names that open headlines or follow a colon. The matcher's test for other parties and
 * the page focus's test for a person named before "his" both skip them.
 */

/** Days of the week and months, with their usual abbreviations ("Wed.", "Sept."). */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  ('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mon tue tues wed thu thur thurs fri sat sun').split(' '),
);

/** Capitalised words that are not names (lower case). */
export const COMMON_CAPS: ReadonlySet<string> = new Set([
  ...'i ai a the in on of and but or for to at by with from as it its this that these those he she they we'.split(' '),
  ...CALENDAR_WORDS,
  ...'pro max team enterprise tier api ceo cto us u.s. uk eu gpu gpus tpu tpus mw gw'.split(' '),
  // Peoples and regions describe where, not who ("the American state of Tennessee", "most Britons").
  ...('american americans british briton britons english european europeans chinese japanese korean indian german french ' +
    'canadian western eastern northern southern midwestern southeastern southwestern northeastern north south east west ' +
    'northwest northeast southwest southeast downtown midtown').split(' '),
  // The kind of place a name is ("Shelby County", "the Bay Area"), and the defined terms of a filing
  // ("the Company", "the Lessee") that stand for parties the sentence names elsewhere.
  ...'county state city area valley river street avenue road boulevard highway company agreement facility lessee lessor registrant'.split(' '),
  // Filings by their form ("the S-1 shows…", "its 10-K").
  ...'s-1 f-1 10-k 10-q 8-k form'.split(' '),
]);

/**
 * Nouns a story uses for a data center it has introduced ("the cluster", "the Memphis site", "those
 * servers"): a regular-expression alternation, shared by the page focus and the matcher's facility rules.
 */
export const FACILITY_NOUNS = 'machine|cluster|facility|supercomputer|site|building|plant|complex|data cent(?:er|re)|installation|servers|hardware|racks|system|computer|campus|operation';
