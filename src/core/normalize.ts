/**
 * Text normalisation shared by the matcher, quantity and date parsing: one canonical form for the
 * many ways pages encode the same characters, plus a tokenizer with light stemming.
 */
import { wordMap } from './word-table.ts';

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
/** Every character the five classes above replace, so one pass finds them all. */
const SPECIAL = new RegExp(`${ZERO_WIDTH.source}|${SPACES.source}|${SINGLE_QUOTES.source}|${DOUBLE_QUOTES.source}|${DASHES.source}`, 'g');
const replacementCache = new Map<string, string>();
function replacement(ch: string): string {
  let r = replacementCache.get(ch);
  if (r === undefined) {
    r = ch.replace(ZERO_WIDTH, '').replace(SPACES, ' ').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(DASHES, '-');
    replacementCache.set(ch, r);
  }
  return r;
}

/**
 * Canonical characters, same length-insensitive meaning: NFKC, straight quotes, ASCII hyphens,
 * ordinary spaces, no zero-width characters. Case is kept (see `normalizeText` for lower case).
 */
export function canonicalChars(input: string): string {
  if (ASCII_ONLY.test(input)) return input;
  return input.normalize('NFKC').replace(SPECIAL, replacement);
}

/**
 * Runs of whitespace that are not already one plain space: a space followed by more whitespace, or
 * any other whitespace character with what follows it. Leaving single spaces unmatched lets ordinary
 * prose pass through without being rebuilt.
 */
const WHITESPACE_RUN = / \s+|[^\S ]\s*/g;

/** Canonical characters, lower case, runs of whitespace collapsed: the form every comparison uses. */
export function normalizeText(input: string): string {
  return normalizeCanonical(canonicalChars(input));
}

/** `normalizeText` of a text whose `canonicalChars` the caller already has (also needed for parsing). */
export function normalizeCanonical(canonical: string): string {
  return canonical.toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
}

/** Words that carry no meaning for retrieval. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but of to in on at by for with from as into onto than then that this these those ' +
    'is are was were be been being has have had having do does did will would shall should can could may might must ' +
    'it its it\'s their them they there here he she his her him we our us you your i me my ' +
    'which who whom whose what when where why how also just so such very too not no nor only own same ' +
    'about over under more most less some any each other all both either neither one ones ' +
    'said says say according per reportedly reported report reports while after before during up out off ' +
    'if because since until via within without against between among through across around upon'
  ).split(/\s+/),
);

/**
 * Light suffix stripping, enough to meet "leases/leasing/leased" and "centers/center" on one form.
 * Deliberately conservative: short words and words ending in "ss" are left alone.
 */
const IRREGULAR = wordMap<string>({
  goes: 'go', going: 'go', went: 'go', gone: 'go', does: 'do', did: 'do', done: 'do', has: 'have', had: 'have',
  built: 'build', building: 'build', builds: 'build', paid: 'pay', pays: 'pay', paying: 'pay', sold: 'sell',
  bought: 'buy', buys: 'buy', buying: 'buy', took: 'take', taken: 'take', gave: 'give', given: 'give',
  said: 'say', says: 'say', saying: 'say', ran: 'run', running: 'run', runs: 'run', won: 'win', struck: 'strike',
  strikes: 'strike', striking: 'strike', signed: 'sign', signs: 'sign', signing: 'sign', leased: 'lease',
  leases: 'lease', leasing: 'lease', doubled: 'double', doubles: 'double', doubling: 'double', twice: 'double',
  sued: 'sue', sues: 'sue', suing: 'sue', lawsuit: 'sue', availability: 'available', utilized: 'utilize',
  underutilized: 'underutilize', underused: 'underutilize', larger: 'large', largest: 'large', bigger: 'big',
  biggest: 'big', founded: 'found', founding: 'found', founder: 'found', founders: 'found', cofounded: 'found',
  gpus: 'gpu', tpus: 'tpu', cpus: 'cpu', trained: 'train', training: 'train', trains: 'train', stole: 'steal', stolen: 'steal', stealing: 'steal', theft: 'steal',
});

export function stem(word: string): string {
  let w = word;
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular === w ? w : stem(irregular);
  if (w.length <= 3) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 5 && w.endsWith('ing')) {
    w = w.slice(0, -3);
    return undouble(w);
  }
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) {
    w = w.slice(0, -2);
    return undouble(w);
  }
  if (w.length > 4 && (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses') || w.endsWith('xes'))) {
    return w.slice(0, -2);
  }
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) {
    w = w.slice(0, -1);
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1])) return w.slice(0, -1);
  if (w.length > 3 && w.endsWith('e')) return w.slice(0, -1);
  return w;
}

const WORD = /[a-z0-9]+(?:[.'][a-z0-9]+)*/g;

/** Lower-case word tokens of normalised text, without stemming or stopword removal. */
export function words(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

/**
 * Retrieval terms of a text: normalised, tokenised, stopwords dropped, stemmed. Dots and apostrophes
 * inside a word are removed so "x.ai" and "xai" meet.
 */
export function terms(text: string, alreadyNormalized = false): string[] {
  const norm = alreadyNormalized ? text : normalizeText(text);
  const out: string[] = [];
  for (const raw of words(norm)) {
    const w = raw.replace(/'s$/, '').replace(/[.']/g, '');
    if (!w || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
