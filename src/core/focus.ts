/**
 * What a page is talking about, sentence by sentence. Articles name a party once and then say "the
 * company", "the lab", "he" or "the machine"; read alone, such a sentence names nobody and states no
 * claim. The matcher keeps one `PageFocus` per page and, before matching a sentence, spells out the
 * party each referring expression stands for (the one of its kind the page has named most, lately),
 * so "He also claimed…" is matched as a sentence about Musk. Only parties the aliases know are ever
 * supplied, and a sentence that names a party of the expression's kind itself is left alone: the
 * expression most likely points at that one.
 */

import { canonicalEntity } from './aliases.ts';
import { normalizeText } from './normalize.ts';
import { CALENDAR_WORDS, FACILITY_NOUNS } from './common-caps.ts';

type Kind = 'person' | 'lab' | 'company' | 'facility' | 'group';

/** Canonical names by the kind of expression that may stand for them. */
const KIND_OF: Record<string, Kind[]> = {
  Musk: ['person'],
  Anthropic: ['lab', 'company'],
  xAI: ['lab', 'company'],
  SpaceX: ['company'],
  SpaceXAI: ['company'],
  NVIDIA: ['company'],
  'Colossus 1': ['facility'],
  'Colossus 2': ['facility'],
  NAACP: ['group'],
};

/** Referring expressions in normalised (lower-case) text, by kind; each ends where the name goes. */
const REFERS: Array<[Kind, RegExp]> = [
  ['person', /\b(?:he|him|his|the (?:billionaire|tycoon|entrepreneur))\b/],
  ['lab', /\b(?:the|that|this) (?:(?:ai|artificial intelligence|san francisco) )?(?:lab|laboratory|start-?up)\b|\bthe (?:ai|artificial intelligence) (?:company|firm|developer|group|maker)\b/],
  ['company', /\bthe (?:(?:san francisco|san francisco-based|privately held|private|young|safety-focused|fast-growing) )?(?:company|firm|outfit)\b/],
  ['group', /\bthe (?:group|organi[sz]ation|association)\b/],
  ['facility', new RegExp(`\\b(?:the|those|these) (?:(?:memphis|tennessee|former electrolux|whole|entire|full|same|original|giant|huge|massive|xai-built|said|leased|rented|existing|converted) ){0,2}(?:${FACILITY_NOUNS})\\b`)],
];

/** A sentence opening on "Its" or "It": the subject of the sentence before ("Its power draw exceeds 300 MW"). */
const OPENS_ITS = /^(?:its|it's|it)\b/;

/** Any referring expression at all: one scan that most sentences fail, before the kinds are told apart. */
const ANY_REFERS = new RegExp([...REFERS.map(([, re]) => re.source), OPENS_ITS.source].join('|'));

/**
 * How much a mention still counts one sentence later. A party's weight for a kind is the sum of its
 * mentions, each fading by this factor per sentence: the party a page keeps naming stays the one "the
 * company" means through a sentence or two about someone else; facilities fade slower, since a story
 * has one main machine and mentions a second only in passing.
 */
const FADE: Record<Kind, number> = { person: 0.6, lab: 0.6, company: 0.6, facility: 0.85, group: 0.6 };
/** Below this weight a party is out of focus (about six sentences after a single mention). */
const MIN_WEIGHT = 0.04;
/** A facility in Memphis described, not named: on a page about the deal, Colossus 1. */
const MEMPHIS_MACHINE = /\bmemphis (?:supercomputer|cluster|facility|site|data center|machine|computer|operation|plant)\b|\b(?:supercomputer|cluster|facility|data center|machine|computer)\s+(?:[a-z-]+\s+){0,2}?in (?:south(?:west)? )?memphis\b/;

/** The facility the deal is about: what "the cluster" means before a page names any. */
const DEFAULT_FACILITY = 'Colossus 1';
/** What follows a facility that belongs to someone unnamed: "the data center of a local bank". */
const SOMEONE_ELSES = /^\s*(?:of|for|owned by|run by|operated by|belonging to|used by)\s+(?:a|an|another|one|some|other)\b/;

/** Products and their makers: "the company" in a sentence about Claude is Anthropic. */
const MAKER: Record<string, string> = { Claude: 'Anthropic', 'Claude Code': 'Anthropic', Opus: 'Anthropic', Grok: 'xAI', Starlink: 'SpaceX' };

/** The deal's other side: SpaceX and what it owns or runs. */
const DEAL_OTHER_SIDE = new Set(['SpaceX', 'SpaceXAI', 'xAI', 'Musk', 'Colossus 1']);
/** How many sentences after one naming both sides a page is still about the deal. */
const DEAL_SPAN = 12;

/** Sentences remembered: more than any party stays in focus (0.85^19 is under MIN_WEIGHT). */
const REMEMBERED = 24;
const KIND_BIT: Record<Kind, number> = { person: 1, lab: 2, company: 4, facility: 8, group: 16 };

/** A party's weight as of the sentence where it was last named. */
interface Mention {
  weight: number;
  at: number;
}

/** What the focus keeps of each sentence: the kinds it named, and (asked lazily) whether it names others. */
interface Seen {
  kinds: number;
  text: string;
  others: number;
}

/** True when a sentence names none of the deal's parties (a supplier such as Nvidia is not one). */
export function namesNoParty(entities: readonly string[]): boolean {
  return entities.every((e) => KIND_OF[e] === undefined || e === 'NVIDIA');
}

export class PageFocus {
  private readonly mentions = new Map<Kind, Map<string, Mention>>();
  private readonly recent: Seen[] = [];
  /** Index of the sentence being read. */
  private index = 0;
  /** The first company, lab or facility the last sentence named: what an opening "Its" stands for. */
  private subject: string | null = null;
  /** The same, unless it was only the party an opening "It" stood for: what an opening "It" stands for. */
  private ownSubject: string | null = null;
  /** The party the current sentence's opening "It" or "Its" was spelled out as, if any. */
  private openedOn: string | null = null;
  /** The last sentence that named both sides of the deal (Anthropic and SpaceX's side), or -1. */
  private dealAt = -1;

  /**
   * `namesOthers` tells whether a sentence (as written) names someone no alias knows ("Meta opened a
   * data center in Ohio"), who may be "the company" after it; asked only when a reference needs it.
   */
  constructor(private readonly namesOthers: (text: string) => boolean) {}

  /**
   * The sentence with each referring expression followed by the party it stands for (its canonical
   * name normalised, a form the entity lexicon always knows), or null when nothing was spelled out.
   * `norm` is the normalised sentence, `text` the sentence as written, `entities` the canonical names
   * it mentions itself (in order).
   */
  resolve(norm: string, text: string, entities: readonly string[]): string | null {
    if (!ANY_REFERS.test(norm)) return null;
    let out: string | null = null;
    for (const [kind, re] of REFERS) {
      if (entities.some((e) => KIND_OF[e]?.includes(kind))) continue;
      const base: string = out ?? norm;
      const found = re.exec(base);
      if (!found) continue;
      const end = found.index + found[0].length;
      const name =
        this.makerNamed(kind, entities) ??
        this.heaviest(kind) ??
        // "The Memphis site" is the deal's machine even when the page has lately named someone else.
        (kind === 'facility' && norm.includes('memphis') && MEMPHIS_MACHINE.test(norm) ? DEFAULT_FACILITY : null) ??
        this.byDefault(kind, text, base.slice(end, end + 30));
      if (name === null) continue;
      if (kind === 'person' && someoneBeforePronoun(text)) continue;
      out = `${base.slice(0, end)} ${normalizeText(name)}${base.slice(end)}`;
    }
    const opening = OPENS_ITS.exec(norm);
    const subject = opening ? (opening[0] === 'its' ? this.subject : this.ownSubject) : null;
    this.openedOn = null;
    if (opening && subject && !entities.includes(subject)) {
      const base: string = out ?? norm;
      out = `${opening[0]} ${normalizeText(subject)}${base.slice(opening[0].length)}`;
      this.openedOn = subject;
    }
    return out;
  }

  /** The weight a party of this kind has now: its mentions faded, none once someone else may be meant. */
  private weightOf(kind: Kind, m: Mention): number {
    const w = this.faded(kind, m);
    if (w === 0) return 0;
    // A sentence after the mention that named no party of this kind but named someone unknown.
    for (let i = Math.max(m.at + 1, this.index - REMEMBERED); i < this.index; i++) {
      const seen = this.recent[i % REMEMBERED];
      if (seen.kinds & KIND_BIT[kind]) continue;
      if (seen.others < 0) seen.others = this.namesOthers(seen.text) ? 1 : 0;
      if (seen.others === 1) return 0;
    }
    return w;
  }

  /** A mention's weight now, by fading alone (0 once under MIN_WEIGHT). */
  private faded(kind: Kind, m: Mention): number {
    const w = m.weight * FADE[kind] ** (this.index - m.at);
    return w < MIN_WEIGHT ? 0 : w;
  }

  /** The maker of a product the sentence names, when the maker is of this kind and in focus. */
  private makerNamed(kind: Kind, entities: readonly string[]): string | null {
    for (const e of entities) {
      const maker = MAKER[e];
      const m = maker && KIND_OF[maker].includes(kind) ? this.mentions.get(kind)?.get(maker) : undefined;
      if (m && this.weightOf(kind, m) > 0) return maker;
    }
    return null;
  }

  /**
   * The deal's one facility, for "the cluster" or "the facility" on a page (or in a sentence) that has
   * named no facility at all: only while nothing read so far, this sentence included, names someone no
   * alias knows, whose facility it may be, and unless the words `after` it give it another owner.
   */
  private byDefault(kind: Kind, text: string, after: string): string | null {
    if (kind !== 'facility' || this.mentions.get('facility')?.size || SOMEONE_ELSES.test(after)) return null;
    return this.othersInView(text) ? null : DEFAULT_FACILITY;
  }

  /**
   * True when this sentence (`text`, as written) or one of the last ones read names someone no alias
   * knows: "the facility" may then be theirs.
   */
  othersInView(text: string): boolean {
    for (let i = Math.max(0, this.index - REMEMBERED); i < this.index; i++) {
      const seen = this.recent[i % REMEMBERED];
      if (seen.others < 0) seen.others = this.namesOthers(seen.text) ? 1 : 0;
      if (seen.others === 1) return true;
    }
    return this.namesOthers(text);
  }

  /**
   * True when the page is about the deal: a sentence lately named both its sides, and no sentence since
   * (the one just noted included) named someone no alias knows. A sentence that names no party at all
   * ("The news came out on Wednesday, May 6") is then about the deal. Ask after `note`.
   */
  dealInView(): boolean {
    if (this.dealAt < 0 || this.index - this.dealAt > DEAL_SPAN) return false;
    // The sentences since, the one just noted included.
    for (let i = this.dealAt + 1; i < this.index; i++) {
      const seen = this.recent[i % REMEMBERED];
      if (seen.others < 0) seen.others = this.namesOthers(seen.text) ? 1 : 0;
      if (seen.others === 1) return false;
    }
    return true;
  }

  /** The party of this kind with the most weight, if any is still in focus. */
  private heaviest(kind: Kind): string | null {
    let best: string | null = null;
    let top = 0;
    for (const [name, m] of this.mentions.get(kind) ?? []) {
      const w = this.weightOf(kind, m);
      if (w > 0 && w >= top) {
        top = w;
        best = name;
      }
    }
    return best;
  }

  /**
   * Records the parties a sentence names: its own or spelled out (`entities`), products counting half
   * for their maker, and a Memphis supercomputer described in `norm` (the normalised sentence) as
   * Colossus 1; `text` is the sentence as written. `own` are the names the sentence writes itself: a
   * party that is only what its opening "It" stood for is not what the next sentence's "It" stands for,
   * so that "It rained…" does not carry a party on from sentence to sentence. Call once per sentence,
   * in page order.
   */
  note(entities: readonly string[], norm: string, text: string, own: readonly string[] = entities): void {
    let kinds = 0;
    let subject: string | null = null;
    let ownSubject: string | null = null;
    const add = (name: string, w: number) => {
      for (const kind of KIND_OF[name] ?? []) {
        kinds |= KIND_BIT[kind];
        let names = this.mentions.get(kind);
        if (!names) this.mentions.set(kind, (names = new Map()));
        // Faded, not checked for someone else since: that is asked only when a reference needs it.
        const m = names.get(name);
        if (m) {
          m.weight = this.faded(kind, m) + w;
          m.at = this.index;
        } else names.set(name, { weight: w, at: this.index });
      }
    };
    const memphis = norm.includes('memphis') && !entities.includes('Colossus 1') && !entities.includes('Colossus 2') && MEMPHIS_MACHINE.test(norm);
    for (let i = 0; i < entities.length; i++) {
      const e = entities[i];
      if (entities.indexOf(e) !== i) continue;
      if (KIND_OF[e]?.some((k) => k !== 'person' && k !== 'group')) {
        subject ??= e;
        if (own.includes(e) || e !== this.openedOn) ownSubject ??= e;
      }
      add(e, 1);
      const maker = MAKER[e];
      if (maker) add(maker, 0.5);
    }
    // "the Memphis supercomputer", "a data center in South Memphis": the deal's machine, unnamed.
    if (memphis) {
      subject ??= 'Colossus 1';
      ownSubject ??= 'Colossus 1';
      add('Colossus 1', 1);
    }
    this.subject = subject;
    this.ownSubject = ownSubject;
    if (entities.some((e) => e === 'Anthropic' || e === 'Claude') && entities.some((e) => DEAL_OTHER_SIDE.has(e))) this.dealAt = this.index;
    const slot = this.recent[this.index % REMEMBERED];
    if (slot) {
      slot.kinds = kinds;
      slot.text = text;
      slot.others = -1;
    } else this.recent[this.index % REMEMBERED] = { kinds, text, others: -1 };
    this.index++;
  }
}

/** Capitalised words past a sentence's first word. */
const INNER_CAPITAL = /(?<=\S\s+)[A-Z][A-Za-z.'-]*/g;

/**
 * True when a capitalised word other than a known company, place or facility comes before the
 * sentence's first personal pronoun: that person ("Dario Amodei said his company…") is who it means.
 */
function someoneBeforePronoun(text: string): boolean {
  // "The billionaire" says who it is; only a pronoun may mean someone the sentence named before it.
  const pronoun = /\b(?:he|him|his)\b/i.exec(text);
  if (!pronoun) return false;
  const before = text.slice(0, pronoun.index);
  for (const [w] of before.matchAll(INNER_CAPITAL)) {
    const lower = w.toLowerCase().replace(/'s$|[.']$/, '');
    const known = canonicalEntity(lower);
    if (CALENDAR_WORDS.has(lower) || (known !== null && known !== 'Musk')) continue;
    return true;
  }
  return false;
}
