/**
 * Turns a text into what the matcher compares: retrieval terms (stemmed, entity aliases folded to one
 * token per party), the full token set used by the anchor gate, and canonical entity names.
 */
import { allAliasForms, entityFamily, impliedEntities, isConcept } from './aliases.ts';
import { normalizeText, stem, STOPWORDS, words } from './normalize.ts';

/** What the tokenizer knows about a word. */
interface WordInfo {
  stem: string;
  stop: boolean;
  startsPhrase: boolean;
  /** When it starts a phrase: the words that may come second in one (any other ends the lookup at once). */
  seconds: ReadonlySet<string> | undefined;
  canonical: string | undefined;
}

/** Longest alias phrase, in words. */
const MAX_PHRASE = 4;

/** Maps surface phrases (normalised words joined by one space) to canonical entity names. */
export class EntityLexicon {
  private readonly forms = new Map<string, string>();
  /** First words of multi-word forms: only these start a phrase lookup. */
  private readonly starts = new Set<string>();
  /** Every proper prefix (in words) of a multi-word form: a phrase lookup extends only while one holds. */
  private readonly prefixes = new Set<string>();
  /** First word of multi-word forms -> their second words. */
  private readonly seconds = new Map<string, Set<string>>();

  constructor(extraNames: Iterable<string> = []) {
    for (const [form, canonical] of allAliasForms()) this.add(form, canonical);
    for (const name of extraNames) {
      const key = phraseKey(name);
      if (key && !this.forms.has(key)) this.forms.set(key, name);
    }
    this.indexStarts();
  }

  private add(form: string, canonical: string): void {
    const key = phraseKey(form);
    if (key) this.forms.set(key, canonical);
  }

  /** True when a multi-word form starts with this word. */
  startsPhrase(word: string): boolean {
    return this.starts.has(word);
  }

  /** Records phrase starts; called once after all forms are added. */
  private indexStarts(): void {
    for (const key of this.forms.keys()) {
      const sp = key.indexOf(' ');
      if (sp > 0) {
        const first = key.slice(0, sp);
        this.starts.add(first);
        const end = key.indexOf(' ', sp + 1);
        let set = this.seconds.get(first);
        if (!set) this.seconds.set(first, (set = new Set()));
        set.add(key.slice(sp + 1, end < 0 ? key.length : end));
      }
      for (let at = sp; at > 0; at = key.indexOf(' ', at + 1)) this.prefixes.add(key.slice(0, at));
    }
  }

  /** True when some multi-word form continues this phrase key. */
  continues(key: string): boolean {
    return this.prefixes.has(key);
  }

  /** Canonical name for a phrase key, if known. */
  lookup(key: string): string | undefined {
    return this.forms.get(key);
  }

  private readonly wordCache = new Map<string, WordInfo>();

  /** Everything the tokenizer needs about one word, looked up once per distinct word. */
  word(w: string): WordInfo {
    let info = this.wordCache.get(w);
    if (!info) {
      const cleaned = clean(w);
      info = {
        stem: cleaned ? stem(cleaned) : '',
        stop: STOPWORDS.has(cleaned),
        startsPhrase: this.starts.has(w),
        seconds: this.seconds.get(w),
        canonical: this.forms.get(w),
      };
      if (this.wordCache.size > 100_000) this.wordCache.clear();
      this.wordCache.set(w, info);
    }
    return info;
  }
}

function phraseKey(text: string): string {
  return words(normalizeText(text)).map(bare).join(' ');
}

/** A word without its possessive ending, the form used for lookups. */
function bare(w: string): string {
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}


/** Token for a canonical entity as seen by retrieval: the party's family root. */
export function entityToken(canonical: string): string {
  return '@' + entityFamily(canonical)[0].toLowerCase();
}

/** Token for a canonical entity, exact (no family folding): what a specific anchor like "xAI" needs. */
export function exactEntityToken(canonical: string): string {
  return '=' + canonical.toLowerCase();
}

/** Features of one text. */
export interface TextFeatures {
  /** Retrieval terms, stopwords removed, stemmed, entity phrases folded, in order (may repeat). */
  terms: string[];
  /** Every stemmed word (stopwords included) plus entity tokens (family and exact): for anchors. */
  all: Set<string>;
  /** Canonical entity names found. */
  entities: string[];
}

/** Extracts features from text (already normalised when `normalized` is true). */
export function textFeatures(text: string, lexicon: EntityLexicon, normalized = false): TextFeatures {
  const norm = normalized ? text : normalizeText(text);
  const ws = words(norm);
  // Possessives are their word ("Anthropic's" is Anthropic); most texts have none.
  if (norm.includes("'s")) for (let k = 0; k < ws.length; k++) if (ws[k].endsWith("'s")) ws[k] = ws[k].slice(0, -2);
  const terms: string[] = [];
  const all = new Set<string>();
  const entities: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const info = lexicon.word(ws[i]);
    let matched = 0;
    // The longest known form starting here: extend word by word while some form continues the phrase.
    let canonical = info.canonical;
    let n = canonical ? 1 : 0;
    if (info.startsPhrase && i + 1 < ws.length && info.seconds!.has(ws[i + 1])) {
      const maxN = Math.min(MAX_PHRASE, ws.length - i);
      let key = ws[i];
      for (let len = 2; len <= maxN && lexicon.continues(key); len++) {
        key += ' ' + ws[i + len - 1];
        const found = lexicon.lookup(key);
        if (found) {
          canonical = found;
          n = len;
        }
      }
    }
    if (canonical) {
      const e = entityInfo(canonical);
      terms.push(e.family);
      for (const t of e.tokens) all.add(t);
      if (!e.concept) entities.push(canonical);
      // The words themselves still count for anchors written as plain words ("Colossus").
      for (let k = i; k < i + n; k++) all.add(lexicon.word(ws[k]).stem);
      matched = n;
    }
    if (matched) {
      i += matched;
      continue;
    }
    i++;
    if (!info.stem) continue;
    all.add(info.stem);
    if (!info.stop) terms.push(info.stem);
  }
  return { terms, all, entities };
}

function clean(w: string): string {
  return w.includes('.') || w.includes("'") ? w.replace(/[.']/g, '') : w;
}

interface EntityInfo {
  family: string;
  tokens: string[];
  concept: boolean;
}
const entityInfoCache = new Map<string, EntityInfo>();

/** Tokens a mention of a canonical name adds, computed once per name. */
function entityInfo(canonical: string): EntityInfo {
  let info = entityInfoCache.get(canonical);
  if (!info) {
    const tokens = [entityToken(canonical), exactEntityToken(canonical)];
    for (const implied of impliedEntities(canonical)) tokens.push(entityToken(implied), exactEntityToken(implied));
    info = { family: entityToken(canonical), tokens, concept: isConcept(canonical) };
    entityInfoCache.set(canonical, info);
  }
  return info;
}

/**
 * Tokens an anchor term requires: every one must be in a sentence's `all` set. Entity names need their
 * exact token except for the family root ("SpaceX" is satisfied by SpaceXAI or xAI), unless the term
 * opens with "=" ("=SpaceX": SpaceX itself).
 */
export function anchorTokens(term: string, lexicon: EntityLexicon, features?: TextFeatures): string[] {
  // "=SpaceX": that party itself, not any member of its family.
  const exact = term.startsWith('=');
  const f = features ?? textFeatures(exact ? term.slice(1) : term, lexicon);
  const named = [...f.all].filter((t) => t.startsWith('=')).map((t) => t.slice(1));
  if (named.length === 0) return [...f.all];
  const out = new Set<string>();
  const found = f.entities.length ? f.entities : [];
  for (const t of f.all) if (t.startsWith('@') && !found.some((e) => entityToken(e) === t)) out.add(t);
  for (const e of found) {
    const fam = entityFamily(e);
    out.add(fam[0] === e && !exact ? entityToken(e) : exactEntityToken(e));
  }
  // Plain words next to the entity in the anchor ("Colossus 1 lease") are required as well.
  const entityWords = new Set(named.flatMap((e) => words(e).map((w) => stem(w.replace(/[.']/g, '')))));
  for (const t of f.all) if (!t.startsWith('@') && !t.startsWith('=') && !entityWords.has(t) && !STOPWORDS.has(t)) out.add(t);
  return [...out];
}
