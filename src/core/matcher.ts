/**
 * The claim matcher: finds which sentences state a claim of the database and how they stand against
 * the best-supported version. Built once per set of packs (`createMatcher`), then `match` is pure and
 * fast enough to run on every page visit. Used unchanged by the extension and the scan command.
 */
import type { Claim, ClaimPack, ConflictGroup, Quantity } from '../claims/types.ts';
import type { MatchOptions, SentenceInput, SentenceMatch } from './match-types.ts';
import { canonicalChars, normalizeCanonical, normalizeText, stem, STOPWORDS, words } from './normalize.ts';
import { MONTH_NAMES, parseDates, WEEKDAYS } from './dates.ts';
import { alignUnit, isParsedUnit, parseQuantities, unitOfWord, type FoundQuantity } from './quantities.ts';
import { anchorTokens, EntityLexicon, entityToken, exactEntityToken, textFeatures } from './text-features.ts';
import { analysePacks, createAnalyser, extraNamesOf, UNIT_TOKEN, valueToken, type ClaimAnalysis, type ShippedTables } from './claim-analysis.ts';
import { bundledAnalysis } from '../claims/deal-analysis.ts';
import { packRecord, packRows, unpackRecord, unpackRows } from './packed-tables.ts';
import { aliasForms, entityFamily, impliedEntities, isPlace, placeNames, siblingsOf } from './aliases.ts';
import { namesNoParty, PageFocus } from './focus.ts';
import { COMMON_CAPS, FACILITY_NOUNS } from './common-caps.ts';
import { dateRelation, decideVerdict, preferredFor, quantityRelation, rank, type SentenceSlots, type VerdictContext } from './verdict.ts';

/** A built matcher over one or more claim packs. */
export interface Matcher {
  /** Matches sentences; returns one entry per sentence that states a claim, in input order. */
  match(sentences: SentenceInput[], opts?: MatchOptions): SentenceMatch[];
  /** The claim with this id, from any pack. */
  claimById(id: string): Claim | undefined;
  /** Conflict groups containing this claim. */
  groupsOf(id: string): readonly ConflictGroup[];
  /** Number of claims indexed. */
  readonly size: number;
  /** Why a sentence matched what it matched: the top candidates with their gates and scores. */
  explain(text: string, limit?: number): Array<{ claimId: string; score: number; anchors: boolean; sibling: boolean; others: boolean; missedNames: number; missedWording: number }>;
}

/** Tunables, chosen on the tuning half of the labelled set (see test/eval). */
export interface MatcherTuning {
  /** Minimum score for a sentence to count as stating a claim. */
  threshold: number;
  /** Weight of the best single variant's coverage against whole-claim vocabulary coverage. */
  variantWeight: number;
  /** 0..1: how much a word's share of the claim's texts scales its weight in the claim-level coverage. */
  coreWeight: number;
  /** Threshold relief per anchor group beyond the first: a sentence meeting several anchor groups needs less word overlap. */
  anchorRelief: number;
  /** Weight of a sentence word no claim uses (dilutes the sentence's coverage). */
  unknownWeight: number;
  /** Score at which a sentence may miss one wording anchor group (never a names group). */
  softAnchor: number;
  /** Rank candidates by margin over their own threshold instead of raw score. */
  marginRank: boolean;
  /** Ranking bonus for a claim whose figure or date slot the sentence also states. */
  slotBonus: number;
  /** The same bonus when the sentence states exactly the claim's figure or date. */
  sameSlotBonus: number;
  /** No claim's threshold is relieved below this. */
  thresholdFloor: number;
  /** 0..1: share of the score a sentence loses when it frames rather than states (see `FRAMING`). */
  framingPenalty: number;
  /** Share of the claims a term may appear in and still count as content (not a word every claim shares). */
  genericShare: number;
  /** Ranking bonus for a claim whose anchors the main clause meets without its trailing background clause. */
  mainBonus: number;
  /** 0..1: weight in the claim-level coverage of a wording-anchor word no text of the claim uses (0: anchors are only a gate). */
  anchorShare: number;
  /** Wording groups longer than this many alternatives give each word proportionally less of that share. */
  anchorListLength: number;
}

/** The tuning used by the extension. */
export const DEFAULT_TUNING: MatcherTuning = { threshold: 0.45, variantWeight: 0.45, coreWeight: 0.5, anchorRelief: 0.2, unknownWeight: 0.5, softAnchor: 0.8, marginRank: false, slotBonus: 0.1, sameSlotBonus: 0.2, thresholdFloor: 0.3, framingPenalty: 0.5, genericShare: 0.2, mainBonus: 0.15, anchorShare: 1, anchorListLength: 16 };

interface IndexedClaim {
  claim: Claim;
  /** Term ids of each text (statement + variants), deduplicated. */
  texts: Int32Array[];
  /** Sum of idf over each text's terms. */
  textWeights: Float64Array;
  /**
   * Claim vocabulary as parallel arrays: term ids (texts' terms in order of first use, then wording-anchor
   * terms) and each one's share of the claim's texts (its core words score most).
   */
  vocabIds: Int32Array;
  vocabShares: Float64Array;
  /** Per vocabulary term, a bit per text that uses it (claims with at most 31 texts; else empty). */
  vocabTexts: Int32Array;
  /** Anchor groups: each group is a list of alternatives, each alternative a list of tokens. */
  anchors: string[][][];
  /** Entities this claim asserts that its conflict-group rivals do not. */
  distinctive: string[];
  /** Smallest text weight: bounds any text's coverage from the claim's total overlap. */
  minTextWeight: number;
  /** Score this claim needs: the threshold, relieved for claims whose anchors already demand much. */
  threshold: number;
  /** Per anchor group: true when it names parties (entities) rather than wording. */
  partyGroups: boolean[];
  /** The unit of the claim's figure when the claim is a figure and nothing dated, else null. */
  figureUnit: string | null;
  /** Terms only this claim uses among its relatives: what tells its version apart. */
  distinctiveTerms: Set<number>;
  /** Named entities the claim's own texts mention (with families and implied names). */
  namedEntities: Set<string>;
  /** Named entities in the claim's names anchor groups: the parties a sentence about it would name. */
  partyEntities: Set<string>;
  /** The same names per names group (groups naming nobody left out): each is one party a sentence must name. */
  partyGroupSets: Set<string>[];
  /**
   * The claim's content terms: words few claims share (not the parties, "deal", "compute"). A heading
   * must use one of them (or some other specific word) to state the claim: naming the parties and the
   * deal states nothing yet.
   */
  contentIds: Int32Array;
  /** Names anchor groups that a deal noun alone may meet ("the deal" for its parties). */
  dealParty: number[];
  /**
   * Names the claim is about beyond the deal's two parties (Colossus 1, Memphis, the Pentagon): a
   * heading naming one of them says what the claim says ("Anthropic Moves Claude Onto Colossus 1").
   */
  subjectNames: Set<string>;
  /** Its names are all places: it says where something is. */
  placeClaim: boolean;
  /** The claim says what is not so ("no date set", "not all of it"): a negation may state it. */
  negative: boolean;
  /** True when one of the claim's own texts is a question: a claim that something is an open question. */
  asks: boolean;
  /** True when the claim's statement says something is unknown or unclear (see DOUBT). */
  doubts: boolean;
}

/** Numeric dates' parts: "5/6/26", "06.05.2026", "2026-05-06". */
const NUMERIC_DAY = /\d[/.]\d|\d-\d\d-\d/;
/** A day of a named month without digits: an ordinal ("the sixth of May", "May the sixth"). */
const WORDED_DAY = /(?:st|nd|rd|th) of [a-z]|\b[a-z]+ the [a-z]+(?:st|nd|rd|th)\b/;

const MONTH_HINT = 1;
const WEEKDAY_HINT = 2;
const MULTIPLE_HINT = 4;

/** A definite reference to a facility: one the article has introduced (or the deal's, see `PageFocus`). */
const DEFINITE_FACILITY = new RegExp(`\\b(?:the|its|this|that)\\s+(?:[a-z0-9-]+\\s+){0,2}?(?:${FACILITY_NOUNS})s?\\b`);
/** An opening capitalised word followed by what follows a subject or a label: a possessive, a list, a colon, or a verb. */
/** A claim that something has not been made public says it is unknown, as a doubt does. */
const UNDISCLOSED = /\b(?:not public|undisclosed|not disclosed|not been disclosed|not made public)\b/;
/** Someone leaving a question open: "declined to say whether", "would not confirm whether", "differ on whether". */
const UNSAID = /\b(?:declin\w*|refus\w*|won't|wouldn't|would not|did not|didn't|does not|doesn't|has not|hasn't|not|no one|nobody) (?:to |yet )?(?:say|said|confirm|comment|disclose|specify|address|clarify|explain|know|knows)\w* (?:on )?(?:whether|if)\b|\bdiffer(?:s|ed)? (?:on|over|about|as to) whether\b/;
/** True when a span found in a sentence (`norm`, normalised) only dates something ("four days after"). */
function datesSomething(q: FoundQuantity, norm: string): boolean {
  const at = q.raw ? norm.indexOf(q.raw.toLowerCase()) : -1;
  // A span written in words ("four days") is found by its unit: any span of the sentence dating something.
  return at >= 0 ? SPAN_DATES.test(norm.slice(at + q.raw.length, at + q.raw.length + 16)) : SPAN_DATING.test(norm);
}
const SPAN_DATING = /\b(?:days?|weeks?|months?|years?)(?:'s?|’s?)?\s+(?:after|before|later|ago|earlier|notice|of notice|since)\b/;
/** What has a length: a lease, contract, term or agreement. */
const TERM_WORD = /\b(?:lease|leases|leased|contract|term|agreement|deal|arrangement|rental)\b/;
/** Units of a span of time. */
const SPAN_UNITS: ReadonlySet<string> = new Set(['days', 'weeks', 'months', 'years']);
/** What follows a span that only dates something ("four days after", "90 days' notice"). */
const SPAN_DATES = /^\s*(?:'s?\s+|’s?\s+)?(?:after|before|later|ago|earlier|on|notice|of notice|since|from)\b/;
/** " in ", "outside" or "near" before a capital: what every stated place needs. */
const IN_CAPITAL = / (?:in|outside|of|near) [A-Z]/;
/** Where a sentence says something is: "is in Nashville", "located in Austin", "housed in Reno". */
const STATED_PLACE = /\b(?:is|are|was|were|sits?|sitting|located|based|housed|situated|standing|stands|up|down|out|lives?|built|runs?|running)\s+(?:in|outside(?: of)?|near|just outside)\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)/g;
/** Words that refer back to what the sentence before said: an opening "It" or "That", "reported it", "that idea". */
const REFERS_BACK = /^(?:it|that|this|these|those|they)\b|\b(?:reported|wrote|published|announced|posted|said|called|put|had|made|sound) (?:it|that|this)\b|\b(?:that|this|the) (?:idea|claim|story|statement|explanation|episode|plan|notion|figure|number)\b|\bthe same day\b/;
/** A product code: letters then digits ("H100", "GB200", "MI300X"), maybe plural. */
const PRODUCT_CODE = /^[A-Za-z]{1,3}\d{2,4}[A-Za-z]?s?$/;
/** Capitalised names followed by the kind of place they are: "Shelby County", "the Bay Area", "Paul R. Lowry Road". */
const PLACE_KIND = / (?:County|City|Valley|Area|Parish|Township|District|Road|Street|Avenue|Boulevard|Drive|Highway|Parkway|Lane)\b/;
const PLACE_KIND_G = /\b((?:[A-Z][A-Za-z]*\.?\s+){1,4})(?=(?:County|City|Valley|Area|Parish|Township|District|Road|Street|Avenue|Boulevard|Drive|Highway|Parkway|Lane)\b)/g;
/** The same, for an opening word followed by what it did or said ("Bezos has predicted…", "Nebius agreed…"). */
const FIRST_ACTING = /^["“‘'(]?([A-Z][A-Za-z0-9]*)(?='s\s+[a-z]|\s+(?:[a-z]+ed|is|was|has|had|will|would|said|says|plans|also)\b)/;
const FIRST_AS_SUBJECT = /^["“‘'(]?([A-Z][A-Za-z0-9]*)(?='s\b|[,:]|\s+[a-z]+:|\s+(?:[a-z]+ed|[a-z]+s|is|was|has|had|will|would|said|says|plans|plan|and|also|to|CEO)\b)/;

/** A dateline: a place in capitals (and its state or agency) before a dash opening a story's first sentence. */
const DATELINE = /^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][A-Za-z.]+)?(?: \([^)]{1,30}\))? [—–-]{1,2} (?=\S)/;
/** A transcript's speaker label: a name in capitals and a colon opening the line. */
const SPEAKER = /^([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)?):\s+/;

/** A key-facts line ("GPUs: 220K+ (Nvidia)", "Power draw: in excess of 300 megawatts"): a label, then its value. */
const FACT_LINE = /^[A-Z][A-Za-z/&' -]{0,30}:\s+\S/;
/** A definite reference to a plan, a tier or the deal's terms. */
const DEFINITE_TERMS = /\b(?:the|its|this|that)\s+(?:[a-z0-9-]+\s+){0,2}?(?:tier|plan|deal|agreement|lease|arrangement)s?\b/;

/** Before a place named as part of a given facility: "the", "those", "its" (and a word or two between). */
const GIVEN_BEFORE = /\b(?:the|this|that|these|those|its|their)\s+(?:[a-z-]+\s+){0,1}$/;
/** After it: the facility or its hardware. */
const FACILITY_AFTER = new RegExp(`^(?:'s)?\\s+(?:[a-z-]+\\s+){0,1}?(?:${FACILITY_NOUNS}|gpus|chips)s?\\b`);

/** Units the quantity parser abbreviates, spelled as articles write them. */
const UNIT_SPELLED: Record<string, string> = { gpu: 'GPUs', mw: 'megawatts', usd: 'dollars' };

/** The deal's two parties and their family: naming them alone says which deal, not what about it. */
const PRINCIPALS: ReadonlySet<string> = new Set(['Anthropic', 'Claude', 'SpaceX', 'SpaceXAI', 'xAI', 'Musk']);



/**
 * Framing that comments on the deal rather than stating a fact: analysis ("shows how", "underscores",
 * "the implication is"), hedges ("potentially", "in principle", "at one level"), conclusions, and
 * generic hypotheticals ("When a major lab signs…"). Such a sentence needs a closer match to count.
 * Every pattern must contain a word of FRAMING_WORDS, which is checked first.
 */
const FRAMING = new RegExp(
  [
    String.raw`\b(?:show(?:s|ing)? how|underscor(?:e|es|ed|ing)|the implication (?:is|being)|signal(?:s|ed|ling|ing)? (?:to \w+ )?that|signals to|(?:is|are|was) the kind of|at one level|in conclusion|in principle|potentially|arguably|is a reminder|speaks to|a situation where|positioning \w+ as)\b`,
    String.raw`^(?:when|if|once) an? \w`,
    // Judging the deal rather than stating it: "see X as a sign", "read X as proof that", "looks like a bet".
    String.raw`\b(?:see|sees|saw|seen|view|views|viewed|read|reads|regard|regards|regarded|treat|treats|treated)\s+(?:[\w'-]+\s+){1,8}?as\s+(?:a|an|the|proof|evidence|signs?)\b`,
    String.raw`\b(?:an?|the) (?:sign|signal|test|bet|gamble|template|symbol|measure) (?:of|that|on|for)\b|\bsigns? of the times\b|\b(?:proof|evidence) that\b|\blooks? like an? \w`,
    // Surprise at it: "few saw the deal coming", "no one expected the pact".
    String.raw`\b(?:saw|see|seen|expected|predicted|foresaw)\s+(?:[\w'-]+\s+){1,6}?coming\b|\b(?:few|no one|nobody) (?:expected|predicted|foresaw)\b`,
    // Its outcome or its future, not a fact: "Whether the deal pays off depends on…", "will be studied by".
    // (A concessive opening, "Whatever else you think of it,", is not: the clause after it may state a fact.)
    String.raw`^whether\b.*\b(?:depends?|hinges?|rests?) on\b|\bwill be (?:studied|watched|scrutini[sz]ed|remembered|judged|debated|seen)\b`,
    // A verdict on who gains or loses: "a coup for Musk", "a blow to rivals", "hands Musk leverage".
    String.raw`\b(?:an?|the)\s+(?:[a-z-]+\s+)?(?:win|coup|blow|boon|lifeline|victory|setback|headache|masterstroke|wake-up call|turning point|godsend|black eye|embarrassment|windfall)\s+(?:for|to)\b|\bhands?\s+(?:[\w'-]+\s+){1,3}?(?:leverage|an edge|the upper hand|bragging rights)\b`,
    // Reading meaning into it: "what it reveals about", "the more interesting dimension of this deal".
    String.raw`\bwhat (?:it|this|that|the (?:deal|agreement|pact|partnership|move)) (?:reveals|says|tells us|means|signals|shows)\b|\b(?:interesting|important|revealing|telling|intriguing|notable|overlooked) (?:dimension|aspect|question|part|angle|detail|subtext)\b`,
    // Someone's argument about it ("critics argue", "one could argue"), not a party arguing its own case.
    String.raw`\b(?:critics|analysts|observers|skeptics|sceptics|some|others|many|experts|investors|commentators|detractors|supporters|people|one could|you could|i would|i'd|we would|it could be|it can be)\s+(?:\w+\s+)?(?:argu(?:e|es|ed|ing)|contend(?:s|ed|ing)?)\b|\b(?:argu(?:e|es|ed|ing)|contend(?:s|ed|ing)?)\s+(?:that\s+)?(?:the|this|anthropic's|spacex's)\s+(?:deal|agreement|pact|partnership|move|tie-up)\b`,
    // A guide to the coverage: "your questions about the deal, answered".
    String.raw`\b(?:your|key|the big) questions\b.*\banswered\b`,
    // Doubt about it rather than a fact: "questioned whether…", "wonder if…", "it remains to be seen".
    String.raw`\b(?:question(?:s|ed|ing)?|wonder(?:s|ed|ing)?|ask(?:s|ed|ing)?|doubt(?:s|ed|ing)?|debat(?:e|es|ed|ing)) (?:whether|if)\b|\b(?:remains|remain) to be seen\b|\bsquares? with\b`,
  ].join('|'),
);

/**
 * What may happen, not what has: "If the 180-day figure holds, … would", "Should the listing slip, …
 * might", "Perhaps Anthropic will eventually train there", "could be extended if demand keeps climbing"
 * (an "if" that vouches for a source, "If the spec sheets are right, …", still states). Framing too,
 * tested apart with its own words, which are common.
 */
const HYPOTHETICAL = /^(?:unless|should|perhaps|maybe)\b|^if\b[^;:]*\b(?:would|might|could)\b|\b(?:would|might|could)\b[^;:]*\bif\b/;
const HYPOTHETICAL_HINT = /^(?:unless|should|perhaps|maybe)\b|\bif\b/;

/**
 * Words at least one of which every FRAMING pattern contains (as stems, the form the sentence's token
 * set holds): a sentence with none of them cannot frame, and skips the long pattern.
 */
const FRAMING_WORDS: ReadonlySet<string> = new Set(
  (
    'show shows showing underscore underscores underscored underscoring implication signal signals signaled signalled ' +
    'signaling signalling kind level conclusion principle potentially arguably reminder speaks situation positioning ' +
    'when if once see sees saw seen view views viewed read reads regard regards regarded treat treats treated sign signs ' +
    'test bet gamble template symbol measure times proof evidence look looks expected predicted foresaw coming few ' +
    'nobody one whether studied watched scrutinised scrutinized remembered judged debated win coup blow boon lifeline ' +
    'victory setback headache masterstroke wake turning godsend black embarrassment windfall hand hands what interesting ' +
    'important revealing telling intriguing notable overlooked argue argues argued arguing contend contends contended ' +
    'contending question questions questioned questioning wonder wonders wondered wondering ask asks asked asking doubt ' +
    'doubts doubted doubting debate debates debating remains remain square squares'
  )
    .split(' ')
    .map((w) => stem(w)),
);

/**
 * A deal the sentence takes as given ("the Anthropic-SpaceX tie-up", "Anthropic's deal with SpaceX",
 * "the contract Anthropic signed with SpaceX"):
 * its words name the deal but do not state it; the rest of the sentence must carry the claim. The words
 * before the noun are modifiers, never a verb ("signs", "denounced"), a preposition or another determiner.
 */
const GIVEN_DEAL = /\b(?:the|this|that|its|their|[a-z0-9-]+'s)\s+(?:(?!(?:the|a|an|this|that|its|their|in|for|with|of|on|to|from|by|as|at)\s)[a-z0-9'-]+(?<![^']s|ed)\s+){0,3}?(?:deal|agreement|partnership|tie-up|arrangement|pact|contract)s?\b(?:\s+between\s+(?:[a-z0-9'-]+\s+){1,3}and\s+[a-z0-9'-]+|\s+with\s+(?:[a-z0-9'-]+\s+){0,2}?[a-z0-9'-]+|\s+(?:that\s+|which\s+)?[a-z0-9'-]+\s+(?:signed|struck|inked|reached|sealed)(?:\s+with\s+[a-z0-9'-]+)?)?/g;

/** The nouns GIVEN_DEAL ends on: a sentence without one cannot take a deal as given. */
const DEAL_NOUN = /\b(?:deal|agreement|partnership|tie-up|arrangement|pact|contract)/;

/** Every deal noun in the text, with the two words before it (an article, then perhaps one modifier). */
const DEAL_MENTION = /(?:^|[^a-z0-9'-])((?:[a-z0-9'-]+\s+)?(?:[a-z0-9'-]+\s+)?)(?:deal|agreement|partnership|arrangement|pact|contract|lease)(s?)\b/g;
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another']);
/** Words that make a plural deal noun particular ("these contracts", "their agreements") rather than deals in general. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'these', 'those', 'its', 'their', 'our', 'his', 'her', 'both', 'two', 'such']);

/**
 * True when the sentence mentions a deal and every deal it mentions is introduced as a new one ("a
 * deal", "an agreement", "another lease") or is deals in general ("colocation contracts"): that is
 * someone else's deal, not the one our claims are about.
 */
function onlyIndefiniteDeals(norm: string): boolean {
  if (!DEAL_NOUN.test(norm) && !norm.includes('lease')) return false;
  DEAL_MENTION.lastIndex = 0;
  let seen = false;
  for (let m = DEAL_MENTION.exec(norm); m; m = DEAL_MENTION.exec(norm)) {
    // "a deal", "signed a deal", "a new deal": the article is one or two words back. "To lease" is a verb.
    const back = m[1].trim().split(/\s+/);
    if (back[back.length - 1] === 'to') continue;
    seen = true;
    // A bare plural is deals in general ("standard in colocation contracts"), not this one.
    if (m[2] === 's' && !back.some((w) => DEFINITE.has(w) || w.endsWith("'s"))) continue;
    if (!INDEFINITE.has(back[back.length - 1]) && !(back.length === 2 && INDEFINITE.has(back[0]))) return false;
  }
  return seen;
}

/**
 * Anchor tokens of the deal nouns (the deal and lease concepts, or a plain stem): a names anchor group
 * met only through one of these is met by "the deal", not by a party's name.
 */
const DEAL_STEMS: ReadonlySet<string> = new Set([
  '@deal', '@lease', ...['deal', 'agreement', 'partnership', 'arrangement', 'pact', 'contract', 'lease'].map(stem),
]);

/**
 * A comment trailing a stated fact (", which shows how…", ", a figure that underscores…"): framing
 * there leaves the fact before it stated, so it is not read as framing the sentence.
 */
const TRAILING_COMMENT = /,\s+(?:which|and that|and this|suggesting|signaling|signalling|in what|an? (?:\w+ ){0,2}(?:that|of))\b.*$/;

/**
 * Where a trailing background clause starts, to the end: ", whose/which/who/where …", an appositive
 * (", the/a …", ", Anthropic's developer gathering …"), or the attribution (", SpaceX said in a post",
 * ", according to …").
 */
const BACKGROUND = /,\s+(?:(?:whose|which|who|where|the|a|an|[a-z0-9-]+'s)\s|(?:[a-z0-9'-]+\s+){0,4}?(?:said|says|told|wrote|writes|added|reported)\b|according to\b)(?:[^,;:]|,(?=\d))*$/;

/** A clause set off by commas mid-sentence: ", which says demand has outgrown its servers,", ", though both touted it,". The comma inside a figure ("220,000") is not one. */
const APPOSITIVE = /,\s+(?:which|who|whose|though|although|while|even as)\s(?:[^,;:]|,(?=\d))*,(?!\d)/g;
/** A subordinate clause opening the sentence: "Though Anthropic leans on TPUs elsewhere, …". */
const LEADING = /^(?:though|although|while|whereas|even though|even as|despite|because|since)\s(?:[^,;:]|,(?=\d))*,(?!\d)\s*/;

/** The sentence without its background (a leading subordinate clause, clauses set off mid-sentence, a trailing one), or null when it has none. */
function mainClause(norm: string): string | null {
  let text = norm;
  const cut = BACKGROUND.exec(text);
  if (cut && cut.index > 0) text = text.slice(0, cut.index);
  if (text.includes(',')) text = text.replace(APPOSITIVE, ',').replace(LEADING, '');
  return text === norm || text.trim() === '' ? null : text;
}

/**
 * Where reported content starts: "broke the news that …", "denied reports that …". What follows is what
 * someone said or reported; the words before it are what the sentence itself states.
 */
const REPORTED = /\b(?:news|word|reports?|story|stories|rumou?rs?|announcement|claims?|confirmation|speculation)\s+that\s/;

/** Words that deny what follows them. */
const NEGATORS = new Set(['not', 'never', 'no', 'without', 'nor']);
/** Words that may stand between a negator and what it denies ("not the whole", "not have all of"). */
const LIGHT_WORDS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'all', 'have', 'has', 'get', 'gets', 'getting', 'take', 'takes', 'taking', 'be', 'being', 'use', 'using', 'receive', 'receives', 'to', 'for', 'about', 'meant', 'intended', 'aimed', 'designed', 'going']);
const HAS_NEGATOR = /\b(?:not|never|no|without|nor)\b|n't\b/;
const CONTRAST = /\b(?:rather than|instead of|as opposed to)\b/;
const CONTRAST_G = new RegExp(CONTRAST.source, 'g');

/**
 * Stemmed words the sentence states only under a negation: within three words after "not", "never",
 * "no", "without" or "-n't", through light words only. Null when it denies nothing.
 */
function negatedWords(normIn: string, tokensOf?: (span: string) => Iterable<string>): Set<string> | null {
  // "Rather than training", "instead of a slice": a contrast denies what follows it as "not" does.
  const norm = CONTRAST.test(normIn) ? normIn.replace(CONTRAST_G, 'not') : normIn;
  if (!HAS_NEGATOR.test(norm)) return null;
  const ws = words(norm);
  const under = new Set<string>();
  const plain = new Set<string>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (!(NEGATORS.has(w) || w.endsWith("n't"))) continue;
    let k = i + 1;
    for (; k < Math.min(ws.length, i + 4); k++) {
      under.add(stem(ws[k].replace(/'s$/, '')));
      if (!LIGHT_WORDS.has(ws[k])) break;
    }
    // The denied words as retrieval tokens too: "not a slice" denies the portion concept, not only "slice".
    if (tokensOf) for (const t of tokensOf(ws.slice(i + 1, k + 1).join(' '))) if (!STOPWORDS.has(t)) under.add(t);
  }
  if (under.size === 0) return null;
  // Only the words the sentence never states plainly elsewhere.
  for (let i = 0; i < ws.length; i++) {
    const st = stem(ws[i].replace(/'s$/, ''));
    if (!under.has(st)) continue;
    let denied = false;
    for (let j = Math.max(0, i - 3); j < i; j++) {
      if (NEGATORS.has(ws[j]) || ws[j].endsWith("n't")) {
        denied = ws.slice(j + 1, i).every((m) => LIGHT_WORDS.has(m));
        if (denied) break;
      }
    }
    if (!denied) plain.add(st);
  }
  for (const st of plain) under.delete(st);
  return under.size > 0 ? under : null;
}

/** Words that leave a matter open: a sentence with them states the version of a claim that says it is open. */
const DOUBT = /\b(?:whether|unclear|uncertain|open question|unknown|not clear|not known|unanswered|murky|remains to be seen)\b/;

/** A question: it asks rather than states, so it states only claims that something is an open question. */
/** A question written without its mark ("is orbital compute ever going to be real"), unless a full stop ends it. */
const OPENS_QUESTION = /^["“‘'(]?(?:is|are|was|were|does|did|can|could|should|would|has|have|isn't|aren't|doesn't|didn't|won't)\s/;
const CLOSED_STATEMENT = /[.!]["')\]]*$/;
const QUESTION = /\?["')\]]*$/;

/** False when the sentence has none of the words every framing pattern needs (see FRAMING_WORDS). */
function mayFrame(all: ReadonlySet<string>): boolean {
  for (const t of all) if (FRAMING_WORDS.has(t)) return true;
  return false;
}

/** Words in a text as /\b[A-Za-z][A-Za-z0-9'-]*\/g finds them, counted without building the matches. */
function countWords(text: string): number {
  let n = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letter && (i === 0 || !isRegexWordChar(text.charCodeAt(i - 1)))) {
      n++;
      i++;
      // The match runs on over letters, digits, apostrophes and hyphens.
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || (d >= 48 && d <= 57) || d === 39 || d === 45)) break;
        i++;
      }
      continue;
    }
    i++;
  }
  return n;
}

/** A character \b counts as part of a word: [A-Za-z0-9_]. */
function isRegexWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * Set phrases whose words mean nothing of a claim: "full stop" is not full capacity, "at all" or "after
 * all" is not all of Colossus 1.
 */
const IDIOMS = /\b(?:full stop|at all|after all|all in all|above all|all the same|all told|once and for all|in full swing|first of all|for all (?:the|its|their|that))\b/g;
const HAS_IDIOM_WORD = /\b(?:all|full)\b/;

function withoutIdioms(norm: string): string {
  return HAS_IDIOM_WORD.test(norm) ? norm.replace(IDIOMS, ' ') : norm;
}

const GPU_WORD = /\b(?:gpus?|chips?|accelerators?|processors?|graphics (?:processing units?|processors?|chips?))\b/;

/**
 * A bare count in a sentence about GPUs ("GPU count at Colossus 1: 220k+") is a count of GPUs, when no
 * figure in it is already one: the unit is said once, before the figure.
 */
function adoptGpuUnit(quantities: Quantity[], norm: string): Quantity[] {
  if (!quantities.some((q) => q.unit === '' && q.value >= 1000) || quantities.some((q) => q.unit === 'gpu') || !GPU_WORD.test(norm)) return quantities;
  return quantities.map((q) => (q.unit === '' && q.value >= 1000 ? { ...q, unit: 'gpu' } : q));
}

/** A sentence that ends as prose does; headings and captions often do not. */
const CLOSED = /[.!?]["')\]]*$/;

const HAS_DIGIT = /\d/;
const NUMBER_WORD_STEMS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion'].map((w) => stem(w));
/** True when a sentence states some figure a claim in `unit` could be: a number in that unit or none, or a vague amount ("multiple gigawatts"). */
function statesFigure(quantities: readonly Quantity[], unit: string, all: Set<string>): boolean {
  const known = isParsedUnit(unit);
  for (const q of quantities) if (!q.unit || !known || alignUnit(q, unit)) return true;
  for (const w of VAGUE_AMOUNTS) if (all.has(w)) return true;
  return false;
}
const VAGUE_AMOUNTS = ['multiple', 'several', 'many', 'dozens', 'hundreds', 'thousands', 'millions', 'billions', 'nearly', 'almost'].map((w) => stem(w));

function hasNumberWord(all: Set<string>): boolean {
  for (const w of NUMBER_WORD_STEMS) if (all.has(w)) return true;
  return false;
}

/**
 * True when the claim's anchors make its figure one way among several to state it: a wording group
 * where the figure's unit ("gigawatts") stands beside mostly other words ("space", "orbit"). Such a
 * claim is stated without the figure too; a claim whose figure is the point keeps its unit nouns apart.
 */
function figureOptional(claim: Claim): boolean {
  return (claim.anchors ?? []).some((group) => {
    const units = group.filter((term) => unitOfWord(term) !== null).length;
    return units > 0 && units * 2 < group.length;
  });
}

/**
 * Tables `buildTables` derives in a few arithmetic steps from others: the build does not ship them,
 * a starting worker works them out with these same functions (so the values are the same doubles).
 */
function idfOf(df: readonly number[], size: number, n: number): Float64Array {
  const idf = new Float64Array(size);
  for (let i = 0; i < size; i++) idf[i] = Math.log(1 + (n + 1) / ((df[i] ?? 0) + 0.5));
  return idf;
}
/** Sum of idf over each text's terms, in order from 0. */
function textWeightsOf(texts: readonly Int32Array[], idf: Float64Array): Float64Array {
  const out = new Float64Array(texts.length);
  for (let k = 0; k < texts.length; k++) {
    const ids = texts[k];
    let sum = 0;
    for (let j = 0; j < ids.length; j++) sum += idf[ids[j]];
    out[k] = sum;
  }
  return out;
}
/** Smallest text weight (never 0): bounds any text's coverage from the claim's total overlap. */
function minWeightOf(textWeights: Float64Array): number {
  return Math.max(1e-6, Math.min(...textWeights));
}
function indexOfClaims(indexed: readonly IndexedClaim[]): Map<string, number> {
  return new Map(indexed.map((x, i) => [x.claim.id, i]));
}

/** What `buildTables` makes: every table `match` reads besides the claims themselves. */
interface MatcherTables {
  /** Term -> term id (ids in order of first use). */
  termIds: Map<string, number>;
  /** Per term id, how many claims use it. */
  df: number[];
  /** Terms in at least this many claims are shared vocabulary, not content. */
  genericDf: number;
  idf: Float64Array;
  indexed: IndexedClaim[];
  /** Claim id -> its position in `indexed`. */
  indexOf: Map<string, number>;
  /** Claim id -> the ids of its relatives (the versions a sentence could be stating instead). */
  relatives: Map<string, string[]>;
  /** Per claim, its signature for the name checks (see `nameSigCount` for how many). */
  namedSig: Int32Array;
  othersSig: Int32Array;
  nameSigCount: number;
  /** Anchor index: tokens per alternative, alternatives per token, signatures per key alternative. */
  altLen: number[];
  tokenAlts: Map<string, number[]>;
  keySigs: number[][];
  sigClaims: number[][];
  unkeyed: number[];
  anchorSig: Int32Array;
  sigCount: number;
  /** Per signature, its anchor groups other than the key, as flat arrays (see `groupMisses`). */
  sigGroupOff: Int32Array;
  sigKeyNames: Uint8Array;
  sigStrict: Uint8Array;
  altOff: Int32Array;
  partyOf: Uint8Array;
  altList: Int32Array;
  /** Per claim, the tokens of its wording anchors that few claims share. */
  wordingTokens: string[][];
}

/**
 * Everything `createMatcher` derives from the packs and tuning before it matches anything: vocabulary,
 * claim index, anchor index. Built here from the claims, or taken as the build precomputed it (see
 * `precomputeIndex`); the matcher only reads it.
 */
function buildTables(claims: Claim[], groups: Map<string, ConflictGroup[]>, byId: Map<string, Claim>, tuning: MatcherTuning, analyser: ReturnType<typeof createAnalyser>): MatcherTables {
  // Vocabulary and document frequencies (per claim).
  const termIds = new Map<string, number>();
  const idOf = (t: string): number => {
    let id = termIds.get(t);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(t, id);
    }
    return id;
  };
  const rawTexts: number[][][] = [];
  const rawNamed: Set<string>[] = [];
  const rawExtra: number[][] = [];
  const df: number[] = [];
  // Stamps instead of per-text and per-claim sets: claimSeen[id] === claim number + 1 when the claim has
  // term id, textSeen[id] === text number + 1 when the current text has it (this runs in every new worker).
  const claimSeen: number[] = [];
  const textSeen: number[] = [];
  let textNo = 0;
  for (let cn = 0; cn < claims.length; cn++) {
    const c = claims[cn];
    const texts: number[][] = [];
    const named = new Set<string>();
    for (const e of c.slots?.entities ?? []) named.add(e);
    const variants = c.variants ?? [];
    for (let k = -1; k < variants.length; k++) {
      const [terms, entities] = analyser.text(k < 0 ? c.statement : variants[k]);
      for (const e of entities) named.add(e);
      textNo++;
      const ids: number[] = [];
      for (const t of terms) {
        const id = idOf(t);
        if (textSeen[id] === textNo) continue;
        textSeen[id] = textNo;
        ids.push(id);
        if (claimSeen[id] !== cn + 1) {
          claimSeen[id] = cn + 1;
          df[id] = (df[id] ?? 0) + 1;
        }
      }
      texts.push(ids);
    }
    // The words of its wording anchors are the claim's vocabulary too: a sentence saying it with an
    // anchor's synonym ("to itself" for exclusive) covers the claim as much as with a variant's word.
    // Pairs of (term id, share).
    const extra: number[] = [];
    if (tuning.anchorShare > 0) {
      for (const group of c.anchors ?? []) {
        const analysed = group.map((term) => analyser.anchor(term));
        if (analysed.filter((a) => a.named).length * 2 >= group.length) continue;
        // A long list of alternatives (every verb of making a deal) says less per word than a short one.
        const share = tuning.anchorShare * Math.min(1, tuning.anchorListLength / group.length);
        for (const a of analysed) {
          for (const t of a.terms) {
            const id = idOf(t);
            if (claimSeen[id] === cn + 1) continue;
            claimSeen[id] = cn + 1;
            df[id] = (df[id] ?? 0) + 1;
            extra.push(id, share);
          }
        }
      }
    }
    rawTexts.push(texts);
    rawExtra.push(extra);
    rawNamed.push(named);
  }
  const n = claims.length;
  // Terms at least this common across claims are shared vocabulary (parties, "deal"), not content.
  const genericDf = Math.max(3, tuning.genericShare * n);
  const idf = idfOf(df, termIds.size, n);

  // Anchor terms repeat across claims ("Anthropic", "deal"): each distinct term is analysed once.
  const anchorTerm = analyser.anchor;
  const vocabSlot = new Int32Array(termIds.size).fill(-1);
  const indexed: IndexedClaim[] = claims.map((claim, ci) => {
    const texts = rawTexts[ci].map((ids) => Int32Array.from(ids));
    const textWeights = textWeightsOf(texts, idf);
    // Vocabulary: each term's position (vocabSlot, reset below), how many texts use it, and which (bits).
    const vocabList: number[] = [];
    const shares: number[] = [];
    const masks: number[] = [];
    const withMasks = texts.length <= 31;
    texts.forEach((ids, k) => {
      for (const id of ids) {
        let p = vocabSlot[id];
        if (p < 0) {
          p = vocabSlot[id] = vocabList.length;
          vocabList.push(id);
          shares.push(0);
          masks.push(0);
        }
        shares[p]++;
        if (withMasks) masks[p] |= 1 << k;
      }
    });
    for (let p = 0; p < shares.length; p++) shares[p] = 1 - tuning.coreWeight + (tuning.coreWeight * shares[p]) / texts.length;
    const extra = rawExtra[ci];
    for (let k = 0; k < extra.length; k += 2) {
      if (vocabSlot[extra[k]] >= 0) continue;
      vocabSlot[extra[k]] = vocabList.length;
      vocabList.push(extra[k]);
      shares.push(extra[k + 1]);
      masks.push(0);
    }
    for (const id of vocabList) vocabSlot[id] = -1;
    const anchors = (claim.anchors ?? []).map((group) => {
      const alts: string[][] = [];
      const extras: string[][] = [];
      for (const term of group) {
        const a = anchorTerm(term);
        if (a.tokens.length > 0) alts.push(a.tokens);
        for (const extra of a.extra) extras.push(extra);
      }
      for (const extra of extras) alts.push(extra);
      return alts;
    });
    const minTextWeight = minWeightOf(textWeights);
    const groupsUsed = anchors.filter((g) => g.length > 0).length;
    const partyGroups = (claim.anchors ?? []).map((group) => {
      const named = group.filter((term) => anchorTerm(term).named).length;
      return named * 2 >= group.length;
    });
    const partyEntities = new Set<string>();
    const partyGroupSets: Set<string>[] = [];
    (claim.anchors ?? []).forEach((group, g) => {
      if (!partyGroups[g]) return;
      const set = new Set<string>();
      for (const term of group) {
        for (const e of anchorTerm(term).entities) {
          set.add(e);
          for (const f of entityFamily(e)) set.add(f);
          for (const f of impliedEntities(e)) set.add(f);
        }
      }
      for (const e of set) partyEntities.add(e);
      if (set.size > 0) partyGroupSets.push(set);
    });
    // The parties' own names say which deal, not what about it: never content.
    const partyTerms = new Set<number>();
    for (const e of partyEntities) {
      const id = termIds.get(entityToken(e));
      if (id !== undefined) partyTerms.add(id);
    }
    const contentIds = Int32Array.from(vocabList.filter((id) => (df[id] ?? 0) < genericDf && !partyTerms.has(id)));
    const threshold = Math.max(tuning.thresholdFloor, tuning.threshold * (1 - tuning.anchorRelief * Math.max(0, groupsUsed - 1)));
    return { claim, texts, textWeights, vocabIds: Int32Array.from(vocabList), vocabShares: Float64Array.from(shares), vocabTexts: withMasks ? Int32Array.from(masks) : new Int32Array(0), anchors, partyGroups, figureUnit: claim.slots?.quantity && !claim.slots.date && !figureOptional(claim) ? claim.slots.quantity.unit : null, distinctive: [], minTextWeight, threshold, distinctiveTerms: new Set(), namedEntities: new Set(), partyEntities, partyGroupSets, contentIds, subjectNames: new Set(), placeClaim: (claim.slots?.entities?.length ?? 0) > 0 && claim.slots!.entities!.every(isPlace), negative: [claim.statement, ...(claim.variants ?? []), ...claim.anchors.flat()].some((t) => HAS_NEGATOR.test(t.toLowerCase())), asks: QUESTION.test(claim.statement.trimEnd()) || (claim.variants ?? []).some((t) => QUESTION.test(t.trimEnd())), doubts: DOUBT.test(claim.statement.toLowerCase()) || UNDISCLOSED.test(claim.statement.toLowerCase()), dealParty: anchors.flatMap((alts, g) => (partyGroups[g] && alts.some((a) => a.length === 1 && DEAL_STEMS.has(a[0])) ? [g] : [])) };
  });
  const indexOf = indexOfClaims(indexed);
  // Relatives: the versions a sentence could be stating instead (conflict-group members and
  // less-precise forms, in both directions); the sentence's own figures, dates and names pick among them.
  const lessPreciseFrom = new Map<string, string[]>();
  for (const c of claims) {
    if (!c.lessPreciseOf) continue;
    const list = lessPreciseFrom.get(c.lessPreciseOf) ?? [];
    list.push(c.id);
    lessPreciseFrom.set(c.lessPreciseOf, list);
  }
  const relatives = new Map<string, string[]>();
  for (const c of claims) {
    const set = new Set<string>([c.id]);
    for (let round = 0; round < 3; round++) {
      for (const id of [...set]) {
        for (const g of groups.get(id) ?? []) for (const m of g.claims) set.add(m);
        const target = byId.get(id)?.lessPreciseOf;
        if (target) set.add(target);
        for (const m of lessPreciseFrom.get(id) ?? []) set.add(m);
      }
    }
    set.delete(c.id);
    relatives.set(c.id, [...set].filter((id) => byId.has(id)));
  }
  indexed.forEach((x, ci) => {
    for (const e of rawNamed[ci]) {
      for (const f of entityFamily(e)) x.namedEntities.add(f);
      for (const f of impliedEntities(e)) x.namedEntities.add(f);
      x.namedEntities.add(e);
    }
    for (const e of x.partyEntities) if (!PRINCIPALS.has(e)) x.subjectNames.add(e);
  });
  // Claims naming the same things get the same answer from the name checks (aboutOthers and
  // namesSibling): each check is worked out once per sentence per distinct set of names.
  const nameSigIds = new Map<string, number>();
  const internSig = (key: string) => {
    let id = nameSigIds.get(key);
    if (id === undefined) {
      id = nameSigIds.size;
      nameSigIds.set(key, id);
    }
    return id;
  };
  const namedSig = Int32Array.from(indexed, (x) => internSig('n' + [...x.namedEntities].sort().join('\u0001')));
  const othersSig = Int32Array.from(indexed, (x) =>
    internSig('o' + x.partyGroupSets.map((set) => [...set].sort().join('\u0001')).join('|') + '|' + [...x.namedEntities].sort().join('\u0001')),
  );
  // rivalStamp[id] === claim number + 1: a relative of that claim uses term id.
  const rivalStamp = new Int32Array(termIds.size);
  indexed.forEach((x, xi) => {
    for (const r of relatives.get(x.claim.id) ?? []) {
      const ri = indexOf.get(r);
      if (ri !== undefined) for (const id of indexed[ri].vocabIds) rivalStamp[id] = xi + 1;
    }
    for (const id of x.vocabIds) if (rivalStamp[id] !== xi + 1) x.distinctiveTerms.add(id);
    const rivals = new Set<string>(relatives.get(x.claim.id));
    const rivalEntities = new Set<string>();
    for (const r of rivals) for (const e of byId.get(r)?.slots?.entities ?? []) rivalEntities.add(e);
    x.distinctive = (x.claim.slots?.entities ?? []).filter((e) => !rivalEntities.has(e));
  });

  // Anchor index. Every distinct anchor alternative (a list of tokens) gets an id; per sentence we
  // mark the alternatives it completes. Each claim is filed under the alternatives of one key group
  // (its rarest names group, or its rarest group when it has none): only claims whose key group is met
  // become candidates, and their other groups are then checked against the marks. Cost follows the
  // claims a sentence could state, not the size of the database.
  const altIds = new Map<string, number>();
  const altLen: number[] = [];
  const tokenAlts = new Map<string, number[]>();
  const groupAlts: Int32Array[][] = [];
  const altUse: number[] = [];
  indexed.forEach((x) => {
    const groups: Int32Array[] = [];
    x.anchors.forEach((group) => {
      const ids: number[] = [];
      for (const alt of group) {
        // Most alternatives are one token: its key is the token itself.
        const tokens = alt.length === 1 ? alt : [...new Set(alt)].sort();
        const key = tokens.length === 1 ? tokens[0] : tokens.join('\u0001');
        let id = altIds.get(key);
        if (id === undefined) {
          id = altLen.length;
          altIds.set(key, id);
          altLen.push(tokens.length);
          altUse.push(0);
          for (const t of tokens) {
            const list = tokenAlts.get(t) ?? [];
            list.push(id);
            tokenAlts.set(t, list);
          }
        }
        if (!ids.includes(id)) ids.push(id);
      }
      for (const id of ids) altUse[id]++;
      groups.push(Int32Array.from(ids));
    });
    groupAlts.push(groups);
  });
  // Per claim, the tokens of its wording anchors that few claims share (see usesWordingAnchor).
  const wordingTokens: string[][] = indexed.map((x) => {
    const out = new Set<string>();
    x.anchors.forEach((group, g) => {
      if (x.partyGroups[g]) return;
      for (const alt of group) {
        for (const t of alt) {
          const id = termIds.get(t);
          if (!STOPWORDS.has(t) && !t.startsWith('#') && (id === undefined || (df[id] ?? 0) < genericDf)) out.add(t);
        }
      }
    });
    return [...out];
  });
  const hasRelativesOf = (x: IndexedClaim) => (relatives.get(x.claim.id)?.length ?? 0) > 0;
  const hasRelatives = Uint8Array.from(indexed, (x) => (hasRelativesOf(x) ? 1 : 0));
  const keyGroup = new Int32Array(n).fill(-1);
  const unkeyed: number[] = [];
  indexed.forEach((x, ci) => {
    let key = -1;
    let keyCost = Infinity;
    // Any group the claim can never match without may key it (see groupMisses): a names group, or a
    // wording group of a claim with rival versions, a single group, or no names group. The rarest wins.
    const used = groupAlts[ci].filter((alts) => alts.length > 0).length;
    const hasNames = groupAlts[ci].some((alts, g) => alts.length > 0 && x.partyGroups[g]);
    const strict = used < 2 || hasRelatives[ci] === 1 || !hasNames;
    groupAlts[ci].forEach((alts, g) => {
      if (alts.length === 0) return;
      const cost = alts.reduce((sum, a) => sum + altUse[a], 0) + (x.partyGroups[g] || strict ? 0 : 1e9);
      if (cost < keyCost) {
        keyCost = cost;
        key = g;
      }
    });
    if (key < 0) {
      unkeyed.push(ci);
      return;
    }
    keyGroup[ci] = key;
  });
  const sigIds = new Map<string, number>();
  const anchorSig = Int32Array.from(indexed, (x, ci) => {
    const key = groupAlts[ci].map((alts, g) => `${x.partyGroups[g] ? 'p' : 'w'}${[...alts].join(',')}`).join('|') + (hasRelativesOf(x) ? '!' : '');
    let id = sigIds.get(key);
    if (id === undefined) {
      id = sigIds.size;
      sigIds.set(key, id);
    }
    return id;
  });
  // Claims with the same anchor groups get the same gate answer (and, having the same groups, the
  // same key group): the key index files signatures, so a sentence checks each signature once.
  const sigClaims: number[][] = Array.from({ length: sigIds.size }, () => []);
  const keySigs: number[][] = Array.from({ length: altLen.length }, () => []);
  indexed.forEach((_, ci) => {
    const key = keyGroup[ci];
    if (key < 0) return;
    const sig = anchorSig[ci];
    if (sigClaims[sig].length === 0) for (const a of groupAlts[ci][key]) keySigs[a].push(sig);
    sigClaims[sig].push(ci);
  });

  // Per signature, its anchor groups other than the key (which is met whenever the signature is
  // visited) as flat arrays, names groups first: an unmet names group ends the check soonest.
  const sigGroupOff = new Int32Array(sigIds.size + 1);
  const sigKeyNames = new Uint8Array(sigIds.size);
  const sigStrict = new Uint8Array(sigIds.size);
  const groupAltOff: number[] = [0];
  const groupParty: number[] = [];
  const flatAlts: number[] = [];
  {
    const firstOf = new Int32Array(sigIds.size).fill(-1);
    indexed.forEach((_, ci) => {
      if (firstOf[anchorSig[ci]] < 0) firstOf[anchorSig[ci]] = ci;
    });
    for (let sig = 0; sig < sigIds.size; sig++) {
      sigGroupOff[sig] = groupParty.length;
      const ci = firstOf[sig];
      if (ci < 0 || keyGroup[ci] < 0) continue;
      const party = indexed[ci].partyGroups;
      const groups = groupAlts[ci];
      sigKeyNames[sig] = party[keyGroup[ci]] ? 1 : 0;
      // Never waived: the only group, or wording that tells a claim from its rival versions.
      sigStrict[sig] = groups.length < 2 || hasRelatives[ci] ? 1 : 0;
      for (const names of [true, false]) {
        groups.forEach((alts, g) => {
          if (g === keyGroup[ci] || alts.length === 0 || party[g] !== names) return;
          for (const a of alts) flatAlts.push(a);
          groupAltOff.push(flatAlts.length);
          groupParty.push(names ? 1 : 0);
        });
      }
    }
    sigGroupOff[sigIds.size] = groupParty.length;
  }
  const altOff = Int32Array.from(groupAltOff);
  const partyOf = Uint8Array.from(groupParty);
  const altList = Int32Array.from(flatAlts);
  return { termIds, df, genericDf, idf, indexed, indexOf, relatives, namedSig, othersSig, nameSigCount: nameSigIds.size, altLen, tokenAlts, keySigs, sigClaims, unkeyed, anchorSig, sigCount: sigIds.size, sigGroupOff, sigKeyNames, sigStrict, altOff, partyOf, altList, wordingTokens };
}

/**
 * Everything `buildTables` reads, as one JSON text: the tuning, the claims in matcher order and the
 * conflict groups. Shipped tables are used only when the packs at hand give exactly the input they
 * were built from (two native stringifies and a compare: cheaper at a worker's start than hashing
 * in code that has not been compiled yet, and no copy of the pack to ship). The code that built
 * them is the code that reads them: the build makes both (see `bundledAnalysisPlugin`).
 */
function tablesInput(claims: readonly Claim[], packs: readonly ClaimPack[], tuning: MatcherTuning): string {
  return JSON.stringify([tuning, claims, packs.map((p) => p.conflicts ?? [])]);
}

/** The packs' claims in matcher order (the first pack to define an id wins), by id, and their conflict groups. */
function packContents(packs: readonly ClaimPack[]) {
  const claims: Claim[] = [];
  const byId = new Map<string, Claim>();
  const groups = new Map<string, ConflictGroup[]>();
  let defaultYear: number | null = null;
  for (const pack of packs) {
    const y = /^(\d{4})/.exec(pack.meta?.asOf ?? '');
    if (y) defaultYear = Math.max(defaultYear ?? 0, +y[1]);
    for (const c of pack.claims) {
      if (byId.has(c.id)) continue;
      byId.set(c.id, c);
      claims.push(c);
    }
    for (const g of pack.conflicts ?? []) {
      for (const id of g.claims) {
        const list = groups.get(id) ?? [];
        list.push(g);
        groups.set(id, list);
      }
    }
  }
  return { claims, byId, groups, defaultYear };
}

/**
 * What the extension build ships for the bundled pack: the text analysis (which any set of packs
 * naming the same entities can reuse) and the matcher's tables for exactly these packs and tuning,
 * so a starting worker skips building its index.
 */
export function precomputeIndex(packs: ClaimPack[], tuning: MatcherTuning = DEFAULT_TUNING): ClaimAnalysis {
  const analysis = analysePacks(packs);
  const { claims, byId, groups } = packContents(packs);
  const extraNames = extraNamesOf(claims);
  const tables = buildTables(claims, groups, byId, tuning, createAnalyser(new EntityLexicon(extraNames.names), extraNames.key, analysis));
  // Left out: the claims (the worker has them) and what idfOf, textWeightsOf, minWeightOf and indexOfClaims work out again.
  const { indexed, idf: _idf, indexOf: _indexOf, ...rest } = tables;
  const rows = packRows(indexed as unknown as Record<string, unknown>[], ['claim', 'textWeights', 'minTextWeight'], 'indexed');
  return { ...analysis, tables: { rows, rest: packRecord(rest), builtFrom: () => ({ packs, tuning }) } };
}

/**
 * `precomputeIndex` (default tuning) as the extension build emits it for `shippedAnalysis`: the
 * tables' JSON and the text analysis' JSON. What they were built from ships as the pack itself.
 */
export function shippedIndexParts(packs: ClaimPack[]): [tablesJson: string, analysisJson: string] {
  const { tables, ...analysis } = precomputeIndex(packs);
  return [JSON.stringify([tables!.rows, tables!.rest]), JSON.stringify(analysis)];
}

/** The shipped tables, when they were built for exactly these packs and tuning; else null (build them). */
function prebuiltTables(shipped: ShippedTables | undefined, packs: readonly ClaimPack[], tuning: MatcherTuning, claims: Claim[]): MatcherTables | null {
  if (!shipped) return null;
  const built = shipped.builtFrom();
  // Another number of packs (user-imported ones) is another input: no need to compare it whole.
  if (built.packs.length !== packs.length) return null;
  if (tablesInput(claims, packs, tuning) !== tablesInput(packContents(built.packs).claims, built.packs, built.tuning)) return null;
  const indexed = unpackRows<IndexedClaim>(shipped.rows, (i) => ({ claim: claims[i] }));
  const rest = unpackRecord<Omit<MatcherTables, 'indexed' | 'idf' | 'indexOf'>>(shipped.rest);
  const idf = idfOf(rest.df, rest.termIds.size, claims.length);
  for (const x of indexed) {
    x.textWeights = textWeightsOf(x.texts, idf);
    x.minTextWeight = minWeightOf(x.textWeights);
  }
  return { ...rest, idf, indexed, indexOf: indexOfClaims(indexed) };
}

/**
 * Builds the index over every claim variant once; `match` then reuses it. `analysis` is precomputed
 * text analysis (by default the build's analysis of the bundled pack; none when run from source),
 * used only where it was made for the same entity names; any text it lacks is analysed here.
 */
export function createMatcher(packs: ClaimPack[], tuning: MatcherTuning = DEFAULT_TUNING, analysis: ClaimAnalysis | null = bundledAnalysis): Matcher {
  const { claims, byId, groups, defaultYear } = packContents(packs);
  const ctx: VerdictContext = { claim: (id) => byId.get(id), groupsOf: (id) => groups.get(id) ?? [] };

  const extraNames = extraNamesOf(claims);
  const lexicon = new EntityLexicon(extraNames.names);
  const DEAL_TOKENS = anchorTokens('deal', lexicon);
  const tables = prebuiltTables(analysis?.tables, packs, tuning, claims) ?? buildTables(claims, groups, byId, tuning, createAnalyser(lexicon, extraNames.key, analysis));
  const { termIds, df, genericDf, idf, indexed, indexOf, relatives, namedSig, othersSig, altLen, tokenAlts, keySigs, sigClaims, unkeyed, anchorSig, sigGroupOff, sigKeyNames, sigStrict, altOff, partyOf, altList, wordingTokens } = tables;
  const n = claims.length;
  const nameStamp = new Uint32Array(tables.nameSigCount);
  const nameAnswer = new Uint8Array(tables.nameSigCount);
  const altStamp = new Uint32Array(altLen.length);
  const altHits = new Uint16Array(altLen.length);
  const altDone = new Uint32Array(altLen.length);
  const sigStamp = new Uint32Array(tables.sigCount);
  const sigMisses = new Int8Array(tables.sigCount);
  const scoreOf = new Float64Array(n);
  // The score a passing candidate is shown with (its own words' score, or the higher one the spelled-out parties give).
  const shownOf = new Float64Array(n);
  const scoreStamp = new Uint32Array(n);
  const candBuf = new Int32Array(n);
  /** Stamped with the current sentence's stamp when a claim is among its candidates (see isCand). */
  const candMark = new Uint32Array(n);
  let candStamp = 0;

  /**
   * Anchor groups a visited signature's claims miss in the current sentence: 0, or 1 for a waivable
   * wording group (the claim's names groups met), or -1 when they cannot be a match.
   */
  function groupMisses(sig: number, current: number): number {
    let misses = 0;
    let namesMet = sigKeyNames[sig] === 1;
    for (let g = sigGroupOff[sig], end = sigGroupOff[sig + 1]; g < end; g++) {
      let met = false;
      for (let k = altOff[g], kEnd = altOff[g + 1]; k < kEnd; k++) {
        if (altDone[altList[k]] === current) {
          met = true;
          break;
        }
      }
      if (met) {
        if (partyOf[g] === 1) namesMet = true;
        continue;
      }
      if (partyOf[g] === 1 || sigStrict[sig] === 1) return -1;
      if (++misses > 1) return -1;
    }
    return misses > 0 && !namesMet ? -1 : misses;
  }

  /** True when the sentence meets every wording group of the claim's anchors (its names groups aside). */
  function wordingMet(x: IndexedClaim, all: Set<string>): boolean {
    for (let g = 0; g < x.anchors.length; g++) {
      const group = x.anchors[g];
      if (x.partyGroups[g] || group.length === 0) continue;
      if (!group.some((alt) => alt.every((t) => all.has(t)))) return false;
    }
    return true;
  }

  // Claims whose figure identifies them: a count, power, price, token rate, share or download figure
  // (not a span of days or hours, which many other things last).
  const figureClaims: number[] = [];
  for (let ci = 0; ci < indexed.length; ci++) {
    const q = indexed[ci].claim.slots?.quantity;
    if (q && !/^(?:days|weeks|months|years|hours|times)(?:-|$)/.test(q.unit) && indexed[ci].partyGroups.some(Boolean)) figureClaims.push(ci);
  }

  /** The retrieval term ids of a name, as a sentence naming it has them. */
  function termIdsOf(name: string): number[] {
    return textFeatures(normalizeText(name), lexicon, true).terms.flatMap((t) => termIds.get(t) ?? []);
  }

  // Claims with a wording group of product codes ("H100", "GB200"), with those alternatives' tokens.
  const codeClaims: Array<[ci: number, codes: string[][]]> = [];
  for (let ci = 0; ci < indexed.length; ci++) {
    const x = indexed[ci];
    x.claim.anchors.forEach((group, g) => {
      if (x.partyGroups[g]) return;
      const codes = group.filter((a) => PRODUCT_CODE.test(a));
      if (codes.length >= 3) codeClaims.push([ci, [...new Set(codes.map((a) => a.replace(/s$/, '')))].map((a) => anchorTokens(a, lexicon))]);
    });
  }

  // Claims about which of two siblings ("Anthropic gets Colossus 1"), with the tokens of that one.
  const siblingClaims: Array<[ci: number, entity: string, tokens: string[], terms: number[]]> = [];
  for (let ci = 0; ci < indexed.length; ci++) {
    const ents = indexed[ci].claim.slots?.entities ?? [];
    if (ents.length === 1 && siblingsOf(ents[0]).length > 0) siblingClaims.push([ci, ents[0], anchorTokens(ents[0], lexicon), termIdsOf(ents[0])]);
  }

  // Claims by topic: the subject a sentence referring back may carry on.
  // Indexed by the words of their wording anchors, so a sentence is checked only against those it shares
  // such a word with (a large pack has hundreds of claims to a topic).
  const topicClaims = new Map<string, Map<string, number[]>>();
  for (let ci = 0; ci < indexed.length; ci++) {
    const topic = indexed[ci].claim.topic;
    let byToken = topicClaims.get(topic);
    if (!byToken) topicClaims.set(topic, (byToken = new Map()));
    // Only wording groups' words: a claim is carried on only when the sentence meets one of them.
    indexed[ci].anchors.forEach((group, g) => {
      if (indexed[ci].partyGroups[g]) return;
      for (const alt of group) {
        for (const t of alt) {
          const list = byToken.get(t);
          if (!list) byToken.set(t, [ci]);
          else if (list[list.length - 1] !== ci) list.push(ci);
        }
      }
    });
  }
  /** The claims of a topic that use one of the sentence's words in their wording anchors, in database order. */
  function topicClaimsSharing(topic: string, all: Set<string>): number[] {
    const byToken = topicClaims.get(topic);
    if (!byToken) return [];
    const found = new Set<number>();
    for (const t of all) for (const ci of byToken.get(t) ?? []) found.add(ci);
    return [...found].sort((a, b) => a - b);
  }
  // Every token of a product code, so a sentence without one skips the product-code claims.
  const codeTokens = new Set(codeClaims.flatMap(([, codes]) => codes.flat()));

  // Claims whose figure is a span of time and whose anchors name that span ("180 days", "six months"),
  // with that group's first alternative's tokens.
  const spanClaims: Array<[ci: number, tokens: string[]]> = [];
  for (let ci = 0; ci < indexed.length; ci++) {
    const x = indexed[ci];
    const unit = x.claim.slots?.quantity?.unit;
    if (!unit || !SPAN_UNITS.has(unit)) continue;
    const g = x.claim.anchors.findIndex((group, k) => !x.partyGroups[k] && group.length > 0 && group.some((a) => parseQuantities(a).some((q) => SPAN_UNITS.has(q.unit))) && group.every((a) => /\d|half|month|year|week|day/.test(a)));
    if (g >= 0) spanClaims.push([ci, x.anchors[g][0]]);
  }

  // Claims that say where something is, with the tokens of their places.
  const placeClaims: Array<[ci: number, tokens: string[], terms: number[]]> = [];
  for (let ci = 0; ci < indexed.length; ci++) {
    if (!indexed[ci].placeClaim) continue;
    const places = indexed[ci].claim.slots!.entities!;
    placeClaims.push([ci, places.flatMap((e) => anchorTokens(e, lexicon)), places.flatMap(termIdsOf)]);
  }

  /**
   * The places the sentence (as written) says something is in that no alias knows ("the data center is
   * in Nashville"): a place claim's wrong version, not someone else.
   */
  function unknownPlaces(text: string): string[] {
    if (!IN_CAPITAL.test(text)) return [];
    const out: string[] = [];
    for (const m of text.matchAll(STATED_PLACE)) {
      const name = m[1];
      if (lexicon.lookup(normalizeText(name)) || !name.split(' ').every(isForeignWord)) continue;
      out.push(name);
    }
    return out;
  }

  function passesAnchors(x: IndexedClaim, all: Set<string>): boolean {
    return anchorMisses(x, all) === 0;
  }

  /**
   * 0 when every anchor group is met; 1 when exactly one group of wording (not of names) is missed in
   * a claim with several groups, which a very close paraphrase may still overcome; -1 otherwise.
   */
  function anchorMisses(x: IndexedClaim, all: Set<string>, negated?: Set<string>): number {
    let misses = 0;
    for (let g = 0; g < x.anchors.length; g++) {
      const group = x.anchors[g];
      if (group.length === 0) continue;
      let ok = false;
      for (const alt of group) {
        const saysNo = alt.some((t) => NEGATORS.has(t));
        const denied = negated !== undefined && !saysNo;
        if (!alt.every((t) => all.has(t) && !(denied && negated.has(t)))) continue;
        // A wording that says "not the whole" is met when the sentence denies "the whole", not when its
        // words merely occur ("the whole cluster …, not a slice").
        if (negated !== undefined && saysNo && !alt.every((t) => NEGATORS.has(t) || STOPWORDS.has(t) || negated.has(t))) continue;
        ok = true;
        break;
      }
      if (ok) continue;
      if (x.partyGroups[g] || x.anchors.length < 2) return -1;
      misses++;
      if (misses > 1) return -1;
    }
    // A wording group may only be waived when the sentence names the claim's parties.
    if (misses > 0 && !x.partyGroups.some((p, g) => p && x.anchors[g].length > 0)) return -1;
    return misses;
  }

  // Sentence term marks: mark[id] === gen means the current sentence has term id (no per-sentence Set).
  const mark = new Uint32Array(termIds.size);
  let gen = 0;
  let currentIds: number[] = [];
  let currentWeight = 1;
  // Scratch for fullScore: positions of the claim's vocabulary the sentence has, and per-text hits.
  const foundTerms = new Int32Array(indexed.reduce((m, x) => Math.max(m, x.vocabIds.length), 1));
  const textHit = new Float64Array(32);

  /**
   * The retrieval score. When the claim-level bound already shows the score stays under `need`
   * (default: the claim's threshold), returns that lower partial score without scoring each text.
   */
  function fullScore(x: IndexedClaim, _sentIds: readonly number[], sentWeight: number, need = x.threshold): number {
    // Claim-level coverage first: it bounds the score, so most candidates stop here.
    let covered = 0;
    let coveredRaw = 0;
    const vIds = x.vocabIds;
    const vShares = x.vocabShares;
    let found = 0;
    for (let j = 0; j < vIds.length; j++) {
      if (mark[vIds[j]] !== gen) continue;
      coveredRaw += idf[vIds[j]];
      covered += idf[vIds[j]] * vShares[j];
      foundTerms[found++] = j;
    }
    const sentCov = sentWeight > 0 ? covered / sentWeight : 0;
    const rest = (1 - tuning.variantWeight) * sentCov;
    // No text can cover more than all the claim words the sentence has, over the shortest text.
    if (rest + tuning.variantWeight * Math.min(1, coveredRaw / x.minTextWeight) < need) return rest;
    let best = 0;
    const masks = x.vocabTexts;
    if (masks.length > 0) {
      // Each text's covered weight from the few claim words the sentence has, through the text bits.
      const nTexts = x.texts.length;
      textHit.fill(0, 0, nTexts);
      for (let f = 0; f < found; f++) {
        const j = foundTerms[f];
        const w = idf[vIds[j]];
        for (let m = masks[j]; m !== 0; m &= m - 1) textHit[31 - Math.clz32(m & -m)] += w;
      }
      for (let k = 0; k < nTexts; k++) {
        const cov = x.textWeights[k] > 0 ? textHit[k] / x.textWeights[k] : 0;
        if (cov > best) best = cov;
      }
      return tuning.variantWeight * best + rest;
    }
    for (let k = 0; k < x.texts.length; k++) {
      const ids = x.texts[k];
      let hit = 0;
      for (let j = 0; j < ids.length; j++) if (mark[ids[j]] === gen) hit += idf[ids[j]];
      const cov = x.textWeights[k] > 0 ? hit / x.textWeights[k] : 0;
      if (cov > best) best = cov;
    }
    return tuning.variantWeight * best + rest;
  }

  /** True when the sentence uses one of the claim's content terms (or the claim has none). */
  function usesContent(x: IndexedClaim): boolean {
    const ids = x.contentIds;
    if (ids.length === 0) return true;
    for (let j = 0; j < ids.length; j++) if (mark[ids[j]] === gen) return true;
    return false;
  }

  /**
   * True when the sentence uses a specific word of one of the claim's wording anchors (not a names
   * group, not a word most claims share): a headline's verb ("SpaceX Wins Anthropic…") states it.
   */
  function usesWordingAnchor(ci: number, all: Set<string>): boolean {
    for (const t of wordingTokens[ci]) if (all.has(t)) return true;
    return false;
  }

  /** True when one of the claim's content terms (if it has any) is among these term ids. */
  function usesContentIn(x: IndexedClaim, ids: Set<number>): boolean {
    const content = x.contentIds;
    if (content.length === 0) return true;
    for (let j = 0; j < content.length; j++) if (ids.has(content[j])) return true;
    return false;
  }

  function sentenceSlots(text: string, entities: readonly string[], quantities: Quantity[], published: string | null | undefined, dates?: string[], places: readonly string[] = [], cased?: string): SentenceSlots {
    return {
      quantities,
      dates: dates ?? parseDates(text, published, defaultYear, cased).map((d) => d.iso),
      entities,
      places,
    };
  }

  /**
   * The words a day's usual spellings give ("May 6", "6th", "Wednesday", "2026-05-06"), so a claim
   * anchored on "May 6" or "Wednesday" is met by "5/6/26" or "the sixth of May" alike.
   */
  function dayWords(isoDay: string): readonly string[] {
    let words = dayWordCache.get(isoDay);
    if (!words) {
      const [y, m, d] = isoDay.split('-').map(Number);
      const month = MONTH_NAMES[m - 1];
      const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
      const suffix = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
      // Only the words some anchor uses: the others would be looked up for nothing.
      words = [...textFeatures(normalizeText(`${month} ${d} ${d}${suffix} ${weekday} ${isoDay}`), lexicon, true).all].filter((w) => tokenAlts.has(w));
      dayWordCache.set(isoDay, words);
    }
    return words;
  }
  const dayWordCache = new Map<string, readonly string[]>();

  /** The words of a parsed unit ("hours-per-week": hours, week), so "20 hrs/wk" meets anchors on "week". */
  function unitWords(unit: string): readonly string[] {
    let words = unitWordCache.get(unit);
    if (!words) {
      const spelled = unit.split(/-per-|-/).map((part) => UNIT_SPELLED[part] ?? part).join(' ');
      words = [...textFeatures(normalizeText(spelled), lexicon, true).all].filter((w) => tokenAlts.has(w));
      unitWordCache.set(unit, words);
    }
    return words;
  }
  const unitWordCache = new Map<string, readonly string[]>();

  /**
   * True when a sentence may name a day: only then are its dates read before matching. A day with
   * digits has a month or a numeric form; one without has a weekday, a relative day or an ordinal.
   */
  function mayNameDay(norm: string, hints: number): boolean {
    if (HAS_DIGIT.test(norm)) return (hints & MONTH_HINT) !== 0 || NUMERIC_DAY.test(norm);
    if ((hints & WEEKDAY_HINT) !== 0 || norm.includes('day') || norm.includes('tomorrow')) return true;
    return (hints & MONTH_HINT) !== 0 && WORDED_DAY.test(norm);
  }
  /** Tokens that hint at a date or a multiple: month names and abbreviations, weekday abbreviations, "doubled". */
  const hintOf = new Map<string, number>();
  const addHints = (text: string, bit: number) => {
    for (const t of textFeatures(normalizeText(text), lexicon, true).all) hintOf.set(t, (hintOf.get(t) ?? 0) | bit);
  };
  addHints(`${MONTH_NAMES.join(' ')} jan feb mar apr jun jul aug sep sept oct nov dec`, MONTH_HINT);
  addHints('mon tue tues wed thu thur thurs fri sat sun', WEEKDAY_HINT);
  addHints('doubled doubling twice twofold tripled tripling threefold quadrupled fourfold halved halving', MULTIPLE_HINT);
  /** The hints a sentence's tokens give, in one pass. */
  function hintsOf(all: ReadonlySet<string>): number {
    let bits = 0;
    for (const t of all) {
      const b = hintOf.get(t);
      if (b !== undefined) bits |= b;
    }
    return bits;
  }

  /**
   * Picks, among the best claim and its relatives that pass their anchors, the version the sentence
   * states: first by how its own figures, dates and names fit each version, then by the words only
   * that version uses, then by retrieval score. When the sentence's figure or date fits no version,
   * it is read as a wrong statement of the preferred one.
   */
  function chooseMember(best: number, slots: SentenceSlots, all: Set<string>, norm: string, question: boolean, mainAll: () => Set<string> | null): number {
    let members = [best];
    for (const id of relatives.get(indexed[best].claim.id) ?? []) {
      const i = indexOf.get(id);
      if (i !== undefined && i !== best && (!question || indexed[i].asks) && passesAnchors(indexed[i], all) && !namesSibling(indexed[i], all)) members.push(i);
    }
    if (members.length === 1) return best;
    /** Keeps the members that pass, when some but not all do. */
    const narrow = (keep: (i: number) => boolean) => {
      const kept = members.filter(keep);
      if (kept.length > 0 && kept.length < members.length) members = kept;
    };
    // The version the main clause states, when background beside it names another ("Though Anthropic
    // leans on TPUs elsewhere, the hardware in Memphis is all Nvidia GPUs").
    const main = mainAll();
    if (main) narrow((i) => passesAnchors(indexed[i], main));
    // A sentence that leaves the matter open ("whether…", "unclear") states the version saying it is open.
    if (members.length > 1 && DOUBT.test(norm)) narrow((i) => indexed[i].doubts);
    // A version whose anchors the sentence only meets under a negation ("not the whole machine") is
    // the one it denies: when another version is met plainly, that one is stated.
    const negated = members.length > 1 ? negatedWords(norm, (span) => textFeatures(span, lexicon, true).all) : null;
    if (negated) narrow((i) => anchorMisses(indexed[i], all, negated) === 0);
    if (members.length === 1) return members[0];
    let pick = best;
    let pickKey: number[] = [];
    let allConflict = true;
    for (const i of members) {
      const c = indexed[i].claim;
      const q = quantityRelation(slots.quantities, c.slots?.quantity).rel;
      const d = dateRelation(slots.dates, c.slots?.date).rel;
      if (q !== 'conflict' && d !== 'conflict') allConflict = false;
      const ents = indexed[i].distinctive.filter((e) => slots.entities.includes(e)).length;
      let words = 0;
      for (const id of indexed[i].distinctiveTerms) if (mark[id] === gen) words += idf[id];
      // After the slots, the words only this version uses; on a tie, the more precise version.
      const precise = c.lessPreciseOf ? 0 : 1;
      // A slot that conflicts counts as one the version does not have: "filed confidentially on 1 April"
      // is the filing claim with a wrong date, not the version that names no date; the words decide.
      const r = (rel: Parameters<typeof rank>[0]) => rank(rel === 'conflict' ? 'none' : rel);
      const key = [r(q) + r(d) + 2 * ents, words, precise, scoreStamp[i] === candStamp ? scoreOf[i] : fullScore(indexed[i], currentIds, currentWeight)];
      if (pickKey.length === 0 || compareKeys(key, pickKey) > 0) {
        pick = i;
        pickKey = key;
      }
    }
    if (allConflict) {
      const preferred = preferredFor(indexed[pick].claim.id, ctx);
      const pi = preferred ? indexOf.get(preferred) : undefined;
      if (pi !== undefined && members.includes(pi)) return pi;
    }
    return pick;
  }

  function compareKeys(a: number[], b: number[]): number {
    for (let k = 0; k < a.length; k++) if (Math.abs(a[k] - b[k]) > 1e-9) return a[k] - b[k];
    return 0;
  }

  /**
   * True when the sentence names a sibling of a thing the claim is about (Colossus 2 for a claim about
   * Colossus 1) without naming the claim's own: the sentence is about the other one.
   */
  function namesSibling(x: IndexedClaim, all: Set<string>): boolean {
    for (const e of x.namedEntities) {
      const sibs = siblingsOf(e);
      if (sibs.length === 0 || all.has(exactEntityToken(e))) continue;
      if (sibs.some((sib) => all.has(exactEntityToken(sib)) && !x.namedEntities.has(sib))) return true;
    }
    return false;
  }

  /**
   * True when the sentence names someone or something (a known name, or a capitalised word no claim
   * uses) while naming nothing the claim's own texts name: a statement about another party. When it
   * names other parties beside one of the claim's (a supplier, a product), it must name each of the
   * claim's parties: "Lambda signed a deal with Microsoft for Nvidia GPUs" is not about Colossus 1.
   */
  function aboutOthers(x: IndexedClaim, entities: readonly string[], foreign: number, own: readonly string[] = entities): boolean {
    // The claim's parties: names in its names anchor groups when it has some, else any name its texts use.
    const parties = x.partyEntities.size > 0 ? x.partyEntities : x.namedEntities;
    if (parties.size === 0) return false;
    let other = foreign;
    let ours = false;
    for (const e of entities) {
      if (namesParty(parties, e)) ours = true;
      // Only a name the sentence writes is someone else; one spelled out from context is a guess.
      else if (!x.namedEntities.has(e) && own.includes(e)) other++;
    }
    if (!ours || other === 0) return other > 0;
    for (const set of x.partyGroupSets) {
      if (!entities.some((e) => namesParty(set, e))) return true;
    }
    return false;
  }


  /**
   * True when one of the claim's names groups that a deal noun may meet ("the deal" standing for its
   * parties) is met by nothing but that noun: with only "a deal" in the sentence, its parties are absent.
   */
  function metOnlyByDeal(x: IndexedClaim, all: Set<string>): boolean {
    for (const g of x.dealParty) {
      const named = x.anchors[g].some((alt) => !alt.every((t) => DEAL_STEMS.has(t)) && alt.every((t) => all.has(t)));
      if (!named) return true;
    }
    return false;
  }

  /** True when the sentence names one of the claim's subjects beyond the deal's parties. */
  function namesSubject(x: IndexedClaim, entities: readonly string[]): boolean {
    for (const e of entities) if (x.subjectNames.has(e)) return true;
    return false;
  }

  /** True when `e` (or a name of its family) is among these parties. */
  function namesParty(parties: Set<string>, e: string): boolean {
    if (parties.has(e)) return true;
    const fam = entityFamily(e);
    for (let k = 0; k < fam.length; k++) if (parties.has(fam[k])) return true;
    return false;
  }

  /** Capitalised words (not opening a sentence) that no claim uses and no alias names: other parties. */
  function foreignNames(text: string): number {
    const caps = text.match(/(?<![.!?:"“‘'(]\s|^)\b[A-Z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*/g) ?? [];
    if (caps.length === 0) return 0;
    if (caps.length > 0.5 * countWords(text)) return 0; // headline case: capitals say nothing
    // A name that a kind of place follows ("Shelby County", "the Bay Area") says where, not who.
    const places = PLACE_KIND.test(text) ? new Set([...text.matchAll(PLACE_KIND_G)].flatMap((m) => m[1].split(/[\s.]+/))) : null;
    let n = 0;
    for (const w of caps) if (isForeignWord(w) && !places?.has(w)) n++;
    return n;
  }
  /** True when a capitalised word names no party, alias or claim word (the same answer on every page). */
  function isForeignWord(w: string): boolean {
    let foreign = foreignWord.get(w);
    if (foreign === undefined) {
      // A possessive is its name ("Anthropic's" is Anthropic).
      const lower = w.toLowerCase().replace(/'s$/, '');
      const known = (x: string) => lexicon.lookup(x) || COMMON_CAPS.has(x) || nameWords.has(x) || termIds.has(stem(x.replace(/[.']/g, '')));
      // A compound is what its first part is ("Blackwell-based", "SpaceX-owned").
      foreign = !known(lower) && !(lower.includes('-') && known(lower.slice(0, lower.indexOf('-'))));
      if (foreignWord.size > 50_000) foreignWord.clear();
      foreignWord.set(w, foreign);
    }
    return foreign;
  }
  /**
   * True when the sentence names someone no alias knows, its opening word included ("Meta opened…",
   * which `foreignNames` leaves out because every sentence opens with a capital): who "the company"
   * in the next sentence may be.
   */
  function namesOthers(text: string): boolean {
    return foreignNames(text) > 0 || opensOnOther(text);
  }
  /**
   * True when the sentence opens on a name no alias knows as its subject: the opening word is a name
   * only where a name would be the subject ("Meta opened…", "Meta's cluster…", "Meta, Google and…"),
   * not an ordinary opening ("Inside the racks…", "Every last rack…").
   */
  function opensOnOther(text: string, acting = false): boolean {
    const first = (acting ? FIRST_ACTING : FIRST_AS_SUBJECT).exec(text)?.[1];
    return first !== undefined && !STOPWORDS.has(first.toLowerCase()) && isForeignWord(first);
  }
  /** Capitalised word -> whether it names no party or claim word (the same answer on every page). */
  const foreignWord = new Map<string, boolean>();
  /** Each word of a name the claims use ("Dario" of "Dario Amodei"): part of a known party, no one else. */
  const nameWords = new Set<string>();
  for (const name of extraNames.names) for (const w of normalizeText(name).split(/\s+/)) if (w.length > 1) nameWords.add(w);

  /**
   * Terms outside any deal the sentence takes as given (ids of claim words, and every token for the
   * wording anchors), or null when it takes none as given.
   */
  /**
   * The places the sentence names only in a given facility's description ("the Memphis cluster",
   * "those Tennessee GPUs"), never on their own ("in Memphis", "a Memphis data center"); null when none.
   */
  function placesOnlyGiven(norm: string): Set<string> | null {
    let out: Set<string> | null = null;
    for (const [place, re] of placeForms) {
      let given = 0;
      let all = 0;
      re.lastIndex = 0;
      for (let m = re.exec(norm); m; m = re.exec(norm)) {
        all++;
        const before = norm.slice(Math.max(0, m.index - 12), m.index);
        const after = norm.slice(m.index + m[0].length);
        if (GIVEN_BEFORE.test(before) && FACILITY_AFTER.test(after)) given++;
      }
      if (all > 0 && given === all) (out ??= new Set()).add(place);
    }
    return out;
  }
  /** Each place with one pattern for all its forms. */
  const placeForms: Array<[string, RegExp]> = placeNames().map((p) => [p, new RegExp(`\\b(?:${aliasForms(p).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'g')]);

  function outsideGivenDeal(norm: string): { ids: Set<number>; all: Set<string>; entities: readonly string[] } | null {
    if (!DEAL_NOUN.test(norm)) return null;
    GIVEN_DEAL.lastIndex = 0;
    if (!GIVEN_DEAL.test(norm)) return null;
    const ids = new Set<number>();
    const rest = textFeatures(norm.replace(GIVEN_DEAL, ' '), lexicon, true);
    for (const t of rest.terms) {
      const id = termIds.get(t);
      if (id !== undefined) ids.add(id);
    }
    return { ids, all: rest.all, entities: rest.entities };
  }

  /**
   * `previousTopic`: the topic of the claim the sentence just before this one on the page stated, if
   * it stated one.
   */
  function matchOne(input: SentenceInput, index: number, opts: MatchOptions | undefined, focus: PageFocus | null, previousTopic: string | null = null): SentenceMatch | null {
    // A transcript's speaker label ("MAYA:") names who speaks, not a party of what is said.
    const speaker = SPEAKER.exec(input.text);
    let s = speaker && !lexicon.lookup(normalizeText(speaker[1])) ? { ...input, text: input.text.slice(speaker[0].length) } : input;
    // A dateline ("SAN FRANCISCO — ") says where the reporter files from, not where anything is.
    const dateline = DATELINE.exec(s.text);
    if (dateline) s = { ...s, text: s.text.slice(dateline[0].length) };
    // The sentence's canonical characters, shared by normalisation and the quantity and date parsers.
    const cased = canonicalChars(s.text);
    let norm = withoutIdioms(normalizeCanonical(cased));
    let features = textFeatures(norm, lexicon, true);
    // The words of the parties spelled out from context (see below), when any.
    let spelledTerms: readonly string[] | null = null;
    // The names the sentence itself writes: what its entity slot holds (a party spelled out from context
    // opens the gate, but a wrong guess must never make the sentence conflict with a claim).
    const ownEntities = features.entities;
    const ownAll = features.all;
    // "The company", "he", "the machine": the party named earlier on the page is spelled out.
    if (focus) {
      const resolved = focus.resolve(norm, s.text, features.entities);
      if (resolved !== null) {
        // The spelled-out party opens the anchor gate; the words scored and the entity slot stay the
        // sentence's own ("the machine" does not make a sentence about Colossus 1's ramp one about the facility).
        const spelled = textFeatures(resolved, lexicon, true);
        spelledTerms = spelled.terms;
        features = { terms: features.terms, all: spelled.all, entities: spelled.entities };
        norm = resolved;
      }
      focus.note(features.entities, norm, s.text, ownEntities);
      // A sentence that names none of its parties, on a page about the deal, is about the deal (a
      // heading or a timestamp line, unpunctuated, is not a sentence that can say so).
      if (namesNoParty(features.entities) && CLOSED.test(norm) && focus.dealInView()) for (const t of DEAL_TOKENS) features.all.add(t);
    }
    // "TechCrunch reported it on May 10", "That is an expression of interest": a sentence that refers
    // back, right after one stating a claim, may go on about the same subject without naming it. When
    // no claim passes on the sentence's own words, a claim of that topic whose names it meets, and all
    // its wording but one group (at least one met), is a candidate; that group's words count as given
    // (spelled out) for its score.
    const mayCarry = focus !== null && previousTopic !== null && CLOSED.test(norm) && REFERS_BACK.test(norm);
    const carriedClaims = (): Array<[ci: number, given: readonly string[]]> => {
      const out: Array<[ci: number, given: readonly string[]]> = [];
      // Claims with the same anchors get the same answer: worked out once per signature.
      const bySig = new Map<number, number>();
      const meets = (group: readonly string[][]) => group.some((alt) => alt.every((t) => features.all.has(t)));
      for (const ci of topicClaimsSharing(previousTopic!, features.all)) {
        const x = indexed[ci];
        let missing = bySig.get(anchorSig[ci]);
        if (missing === undefined) {
          missing = -1;
          // Every names group met (the cheaper test, and the usual reason to stop), then all wording
          // groups but one, with at least one met: the sentence says something of the claim itself.
          let ok = x.anchors.every((group, g) => !x.partyGroups[g] || group.length === 0 || meets(group));
          let metOwn = false;
          for (let g = 0; ok && g < x.anchors.length; g++) {
            if (x.partyGroups[g] || x.anchors[g].length === 0) continue;
            if (meets(x.anchors[g])) metOwn = true;
            else if (missing >= 0) ok = false;
            else missing = g;
          }
          if (!ok || !metOwn) missing = -1;
          bySig.set(anchorSig[ci], missing);
        }
        if (missing >= 0) out.push([ci, x.anchors[missing][0]]);
      }
      return out;
    };
    const hints = hintsOf(features.all);
    const quantities = HAS_DIGIT.test(norm) || hasNumberWord(features.all) || (hints & MULTIPLE_HINT) !== 0 ? adoptGpuUnit(parseQuantities(s.text, cased), norm) : [];
    // Spans of time the sentence states as the length of a lease, contract or term, not as a date
    // ("four days after") or an idiom ("one day").
    const spans = TERM_WORD.test(norm) ? quantities.filter((q) => SPAN_UNITS.has(q.unit) && q.value >= 2 && !datesSomething(q as FoundQuantity, norm)) : [];
    // A day written in any form meets anchors written in another. Most sentences name no day: the
    // dates of those are read only if they match (for the verdict), as before.
    const dates = mayNameDay(norm, hints) ? parseDates(s.text, opts?.published, defaultYear, cased).map((d) => d.iso) : undefined;
    if (dates) for (const d of dates) if (d.length === 10) for (const w of dayWords(d)) features.all.add(w);
    const units = quantities.map((q) => UNIT_TOKEN + (q.unit || 'count'));
    for (const u of units) features.all.add(u);
    for (const q of quantities) if (q.unit) for (const w of unitWords(q.unit)) features.all.add(w);
    for (const q of quantities) features.all.add(valueToken(q.value));
    gen++;
    if (gen === 0xffffffff) {
      mark.fill(0);
      gen = 1;
    }
    const sentIds: number[] = [];
    let unknown = 0;
    for (const t of features.terms) {
      const id = termIds.get(t);
      if (id === undefined) unknown++;
      else if (mark[id] !== gen) {
        mark[id] = gen;
        sentIds.push(id);
      }
    }
    for (const t of units) {
      const id = termIds.get(t);
      if (id !== undefined && mark[id] !== gen) {
        mark[id] = gen;
        sentIds.push(id);
      }
    }
    if (sentIds.length === 0) return null;
    let sentWeight = 0;
    for (const id of sentIds) sentWeight += idf[id];
    // Unknown words make a sentence less likely to be about any claim.
    sentWeight += unknown * tuning.unknownWeight;
    // Terms only the spelled-out parties bring: they may lift a claim over its threshold (below), but a
    // claim the sentence's own words already score highest keeps its rank.
    /** Adds the terms a stand-in names to the sentence's, each in place of an unknown word's weight. */
    const standIn = (ids: readonly number[], unknownEach: number) => {
      for (const id of ids) {
        if (mark[id] === gen) continue;
        mark[id] = gen;
        sentIds.push(id);
        sentWeight += idf[id] - unknownEach;
      }
      currentWeight = sentWeight;
    };
    const spelledIds: number[] = [];
    let spelledWeight = 0;
    if (spelledTerms) {
      for (const t of spelledTerms) {
        const id = termIds.get(t);
        if (id === undefined || mark[id] === gen || spelledIds.includes(id)) continue;
        spelledIds.push(id);
        spelledWeight += idf[id];
      }
    }
    currentIds = sentIds;
    currentWeight = sentWeight;
    let foreign = -1;
    // Framing and a deal taken as given matter only to candidates that get that far: tested lazily.
    let framing = -1;
    // Whether every deal the sentence mentions is a new one ("Meta signed a deal…"), tested lazily.
    let indefinite = -1;
    // A heading (no closing punctuation) that only names the parties and the deal states nothing.
    const heading = !CLOSED.test(norm);
    const question = QUESTION.test(norm) || (OPENS_QUESTION.test(norm) && !CLOSED_STATEMENT.test(norm));
    let specific = false;
    // Places the sentence names only as a given facility's ("the Memphis cluster"), worked out when needed.
    let givenPlaces: Set<string> | null | undefined;
    // Terms outside any deal the sentence takes as given, when it takes one as given.
    let outside: { ids: Set<number>; all: Set<string>; entities: readonly string[] } | null | undefined;
    if (heading) for (const id of sentIds) if ((df[id] ?? 0) < genericDf) specific = true;
    // Candidates: claims whose anchor groups the sentence meets (all, or all but one wording group
    // when a names group is met: a close paraphrase of the right parties may word things differently).
    candStamp++;
    const completed: number[] = [];
    for (const t of features.all) {
      const alts = tokenAlts.get(t);
      if (!alts) continue;
      for (let k = 0; k < alts.length; k++) {
        const a = alts[k];
        if (altStamp[a] !== candStamp) {
          altStamp[a] = candStamp;
          altHits[a] = 0;
        }
        if (++altHits[a] === altLen[a]) {
          altDone[a] = candStamp;
          completed.push(a);
        }
      }
    }
    const cands = candBuf;
    let nCands = 0;
    for (let j = 0; j < unkeyed.length; j++) cands[nCands++] = unkeyed[j];
    for (const a of completed) {
      const sigs = keySigs[a];
      const batch = nCands;
      let added = 0;
      for (let k = 0; k < sigs.length; k++) {
        const sig = sigs[k];
        if (sigStamp[sig] === candStamp) continue;
        sigStamp[sig] = candStamp;
        const members = sigClaims[sig];
        const misses = groupMisses(sig, candStamp);
        sigMisses[sig] = misses;
        if (misses < 0) continue;
        for (let j = 0; j < members.length; j++) cands[nCands++] = members[j];
        added++;
      }
      // Candidates newly met through one key alternative are tried in database order.
      if (added > 1) cands.subarray(batch, nCands).sort();
    }
    // A claim's own distinctive figure, stated exactly of a thing the article has introduced ("the
    // cluster's GPU count tops 220,000", "the facility draws upwards of three hundred megawatts", "the
    // same tier allows 800K output tokens a minute", a key-facts line "GPUs: 220K+"), names what it is
    // about: its names groups may go unmet, unless the page has lately named someone unknown, whose
    // facility "the facility" may be.
    const waivedFrom = nCands;
    if (quantities.some((q) => q.unit !== '') && (DEFINITE_TERMS.test(norm) || ((DEFINITE_FACILITY.test(norm) || FACT_LINE.test(s.text)) && !focus?.othersInView(s.text)))) {
      for (const ci of figureClaims) {
        const x = indexed[ci];
        if (quantityRelation(quantities, x.claim.slots!.quantity).rel !== 'same') continue;
        if (anchorMisses(x, features.all) >= 0 || !wordingMet(x, features.all)) continue;
        cands[nCands++] = ci;
      }
    }
    // Whether a claim is a candidate already, for the routes below (marked once, when first asked).
    let marked = false;
    const isCand = (ci: number): boolean => {
      if (!marked) {
        for (let k = 0; k < nCands; k++) candMark[cands[k]] = candStamp;
        marked = true;
      }
      return candMark[ci] === candStamp;
    };
    const addCand = (ci: number): void => {
      if (isCand(ci)) return;
      cands[nCands++] = ci;
      candMark[ci] = candStamp;
    };
    // Three or more of a claim's product codes ("H100, H200 and GB200") name what it is about, as its
    // figure does, unless the page has lately named someone unknown whose hardware it may be.
    let namesCode = false;
    for (const t of features.all) if (codeTokens.has(t)) namesCode = true;
    for (let k = 0; namesCode && k < codeClaims.length; k++) {
      const [ci, codes] = codeClaims[k];
      let met = 0;
      for (const alt of codes) if (alt.every((t) => features.all.has(t))) met++;
      if (met >= 3 && !isCand(ci) && !focus?.othersInView(s.text)) {
        const x = indexed[ci];
        if (anchorMisses(x, features.all) >= 0 || !wordingMet(x, features.all)) continue;
        addCand(ci);
      }
    }
    // A place no alias knows, where the sentence says something is, stands in for a place claim's places:
    // "the data center is in Nashville" is a wrong version of "the data center is in Memphis".
    /** Whether a claim passes its anchors with a stand-in's tokens taken as the sentence's (added, then taken out). */
    const passesWith = (ci: number, tokens: readonly string[]): boolean => {
      const added = tokens.filter((t) => !features.all.has(t));
      for (const t of added) features.all.add(t);
      const ok = passesAnchors(indexed[ci], features.all);
      for (const t of added) features.all.delete(t);
      return ok;
    };
    const places = unknownPlaces(s.text);
    if (places.length > 0) {
      for (const [ci, tokens, terms] of placeClaims) {
        if (isCand(ci)) continue;
        if (!passesWith(ci, tokens)) continue;
        addCand(ci);
        // Scored as if it named the claim's place (the unknown name was counted unknown): the wrong
        // place is the only difference.
        standIn(terms, tuning.unknownWeight);
      }
    }
    // "The lease runs 18 months": a span of another length where a claim names its own span is that
    // claim's wrong version (the figure then conflicts), unless the span only dates something ("four
    // days after the announcement", "90 days' notice").
    if (spanClaims.length > 0 && spans.length > 0) {
      for (const [ci, tokens] of spanClaims) {
        if (isCand(ci)) continue;
        if (passesWith(ci, tokens)) addCand(ci);
      }
    }
    // "Anthropic will run Claude on Colossus 2": the sibling named where a claim about Anthropic's use of
    // Colossus 1 has it is that claim's wrong version, not a sentence about Colossus 2.
    let wrongSibling: Set<number> | null = null;
    if (siblingClaims.length > 0 && ownEntities.some((e) => e === 'Anthropic' || e === 'Claude') && ownEntities.some((e) => siblingsOf(e).length > 0)) {
      for (const [ci, entity, tokens, terms] of siblingClaims) {
        if (ownEntities.includes(entity) || !siblingsOf(entity).some((sib) => ownEntities.includes(sib))) continue;
        if (!passesWith(ci, tokens)) continue;
        (wrongSibling ??= new Set()).add(ci);
        addCand(ci);
        // Scored as if it named the claim's own entity: the sibling is the only difference.
        standIn(terms, 0);
      }
    }
    // A sibling the sentence names itself rules a claim out; one only spelled out from context (a guess) does not.
    const siblingRisk = ownEntities.some((e) => siblingsOf(e).length > 0);

    let best = -1;
    let bestScore = 0;
    let bestRank = -Infinity;
    const passing: number[] = [];
    let figureUnits: Map<string, boolean> | null = null;
    let denied: Set<string> | undefined;
    let unsaid: Set<string> | null | undefined;
    for (let pass = 0, from = 0; pass < 2; pass++, from = nCands) {
      if (pass === 1) {
        if (best >= 0 || !mayCarry) break;
        const carried = carriedClaims();
        if (carried.length === 0) break;
        for (const [ci, given] of carried) {
          addCand(ci);
          for (const t of given) {
            const id = termIds.get(t);
            if (id === undefined || mark[id] === gen || spelledIds.includes(id)) continue;
            spelledIds.push(id);
            spelledWeight += idf[id];
          }
        }
      }
    for (let c = from; c < nCands; c++) {
      const ci = cands[c];
      const x = indexed[ci];
      const sig = anchorSig[ci];
      const misses = c >= waivedFrom || sigStamp[sig] !== candStamp ? 0 : sigMisses[sig];
      if (question && !x.asks) continue;
      if (siblingRisk && !wrongSibling?.has(ci)) {
        const sig = namedSig[ci];
        if (nameStamp[sig] !== candStamp) {
          nameStamp[sig] = candStamp;
          nameAnswer[sig] = namesSibling(x, ownAll) ? 1 : 0;
        }
        if (nameAnswer[sig] === 1) continue;
      }
      // A claim that is a figure (and nothing dated) needs a figure in that unit to be stated at all.
      if (x.figureUnit !== null) {
        figureUnits ??= new Map();
        let ok = figureUnits.get(x.figureUnit);
        if (ok === undefined) {
          ok = statesFigure(quantities, x.figureUnit, features.all);
          figureUnits.set(x.figureUnit, ok);
        }
        if (!ok) continue;
      }
      if (foreign < 0) foreign = foreignNames(s.text) + (opensOnOther(s.text, true) ? 1 : 0);
      if (wrongSibling?.has(ci)) {
        // The sibling named stands for the claim's own entity.
        const entity = x.claim.slots!.entities![0];
        const standIn = features.entities.map((e) => (siblingsOf(entity).includes(e) ? entity : e));
        if (aboutOthers(x, standIn, foreign, ownEntities.map((e) => (siblingsOf(entity).includes(e) ? entity : e)))) continue;
      } else if (x.placeClaim && places.length > 0) {
        // The stated place is the claim's wrong place, not someone else.
        if (aboutOthers(x, features.entities, foreign - places.reduce((n, p) => n + p.split(' ').length, 0), ownEntities)) continue;
      } else {
        const others = othersSig[ci];
        if (nameStamp[others] !== candStamp) {
          nameStamp[others] = candStamp;
          nameAnswer[others] = aboutOthers(x, features.entities, foreign, ownEntities) ? 1 : 0;
        }
        if (nameAnswer[others] === 1) continue;
      }
      if (x.dealParty.length > 0) {
        if (indefinite < 0) indefinite = onlyIndefiniteDeals(norm) ? 1 : 0;
        if (indefinite === 1 && metOnlyByDeal(x, features.all)) continue;
      }
      if (heading && !specific && !usesContent(x) && !usesWordingAnchor(ci, features.all) && !namesSubject(x, features.entities)) continue;
      // A claim that says where something is ("the data center is in Memphis") is not stated by a
      // sentence that only takes the place as given ("the Memphis cluster had been growing").
      if (x.placeClaim) {
        if (givenPlaces === undefined) givenPlaces = placesOnlyGiven(norm);
        if (givenPlaces !== null && places.length === 0 && x.claim.slots!.entities!.every((e) => givenPlaces!.has(e) || !features.entities.includes(e))) continue;
      }
      if (outside === undefined) outside = outsideGivenDeal(norm);
      // Outside the deal it takes as given, the sentence must still say something of the claim: one of
      // its words, a specific word of its wording anchors ("under the arrangement, SpaceX will provide…"),
      // or a name it is about beyond the deal's parties ("the data center in the SpaceX deal sits in Memphis").
      if (outside && !usesContentIn(x, outside.ids) && !usesWordingAnchor(ci, outside.all) && !namesSubject(x, outside.entities)) continue;
      // The score this candidate must reach: its threshold, or the soft-anchor bar when it misses a group.
      const need = Math.max(x.threshold, misses > 0 ? tuning.softAnchor : 0);
      let sc = fullScore(x, sentIds, sentWeight, need);
      // A claim the sentence's own words leave under its bar may reach it with the spelled-out parties'
      // words ("It says it will take all of the computing power there" after "Colossus 1").
      let shown = sc;
      if (sc < need && spelledIds.length > 0) {
        for (const id of spelledIds) mark[id] = gen;
        const lifted = fullScore(x, sentIds, sentWeight + spelledWeight, need);
        for (const id of spelledIds) mark[id] = 0;
        if (lifted >= need) shown = lifted;
      }
      // Framing only ever lowers a score: the (costly) test waits for a candidate that would pass without it.
      if (shown >= need && framing < 0) {
        const frames = (mayFrame(features.all) && FRAMING.test(norm.replace(TRAILING_COMMENT, ''))) || (HYPOTHETICAL_HINT.test(norm) && HYPOTHETICAL.test(norm));
        framing = frames ? 1 - tuning.framingPenalty : 1;
      }
      if (framing > 0) {
        sc *= framing;
        shown *= framing;
      }
      // "Declined to say whether…", "reports differ on whether…": what follows is left open, which only
      // a claim that something is unknown states.
      if (!x.doubts && shown >= need) {
        if (unsaid === undefined) {
          const open = norm.includes('whether') || norm.includes(' if ') ? UNSAID.exec(norm) : null;
          // What the sentence says before the open question still counts ("Anthropic, a San Francisco
          // company, did not say whether…").
          unsaid = open ? textFeatures(norm.slice(0, open.index), lexicon, true).all : null;
        }
        if (unsaid !== null && !passesAnchors(x, unsaid)) {
          sc *= 1 - tuning.framingPenalty;
          shown *= 1 - tuning.framingPenalty;
        }
      }
      // Ranked below every claim the sentence's own words carry over the bar, by the higher score among
      // those that need the spelled-out parties.
      if (shown !== sc) sc = shown - 1;
      scoreOf[ci] = sc;
      scoreStamp[ci] = candStamp;
      shownOf[ci] = shown;
      if (misses > 0 && shown < tuning.softAnchor) continue;
      if (shown < x.threshold) continue;
      // A claim whose anchors the sentence meets only under a negation is one it denies, not states
      // ("MiniMax-M2.5 is not a Claude model"), unless the claim itself says what is not so.
      if (!x.negative) {
        denied ??= HAS_NEGATOR.test(norm) ? negatedWords(norm, (span) => textFeatures(span, lexicon, true).all) ?? new Set() : new Set();
        if (denied.size > 0 && anchorMisses(x, features.all, denied) !== 0) continue;
      }
      passing.push(ci);
      const rankScore = tuning.marginRank ? sc - x.threshold : sc;
      if (rankScore > bestRank) {
        bestRank = rankScore;
        bestScore = sc;
        best = ci;
      }
    }
    }
    if (best < 0) return null;
    const slots = sentenceSlots(s.text, ownEntities, quantities, opts?.published, dates, places, cased);
    // The main clause's tokens (see mainClause), worked out at most once and only when ranking or a
    // choice among versions needs them; null when the sentence has no background to set aside.
    let mainText: string | null | undefined;
    let mainCache: Set<string> | null | undefined;
    const mainFeatures = (): Set<string> | null => {
      if (mainCache === undefined) {
        mainText = mainClause(norm);
        mainCache = mainText !== null ? textFeatures(mainText, lexicon, true).all : null;
      }
      return mainCache;
    };
    // Reported content ("broke the news that Anthropic will rent…") is not what the sentence states: when
    // claims whose anchors the words before it meet pass, the best of them is the one stated.
    const reported = passing.length > 1 ? REPORTED.exec(norm) : null;
    if (reported && reported.index > 0) {
      const head = textFeatures(norm.slice(0, reported.index + reported[0].lastIndexOf('that')), lexicon, true).all;
      const stated = passing.filter((ci) => passesAnchors(indexed[ci], head));
      if (stated.length > 0 && !stated.includes(best)) {
        best = stated.reduce((a, b) => (scoreOf[b] > scoreOf[a] ? b : a));
        bestScore = scoreOf[best];
        bestRank = tuning.marginRank ? bestScore - indexed[best].threshold : bestScore;
        passing.length = 0;
        passing.push(...stated);
      }
    }
    if (passing.length > 1 && tuning.slotBonus > 0) {
      // A sentence that states a figure or a date is most likely stating the claim about that figure or date.
      // Background in a trailing relative clause or appositive ("SpaceX, whose AI arm was xAI") is not
      // what the sentence states: claims whose anchors its main clause meets on its own rank first.
      const mainAll = mainFeatures();
      // The figures and dates that count are the main clause's ("Anthropic, which announced it on
      // Wednesday, gets only a portion…" is not about the date).
      const mainSlots = mainText ? sentenceSlots(mainText, ownEntities, adoptGpuUnit(parseQuantities(mainText), mainText), opts?.published) : slots;
      // No bonus exceeds the larger slot bonus + mainBonus: a claim ranked further below the best cannot overtake it.
      const floor = bestRank - Math.max(tuning.slotBonus, tuning.sameSlotBonus) - (mainAll ? tuning.mainBonus : 0) - 1e-9;
      bestRank = -Infinity;
      for (const ci of passing) {
        if ((tuning.marginRank ? scoreOf[ci] - indexed[ci].threshold : scoreOf[ci]) < floor) continue;
        const c = indexed[ci].claim;
        // Shared among the claim's kinds of slot: a claim that is only a date is more "about" a date
        // than one that is a date and two names.
        const kinds = (c.slots?.quantity ? 1 : 0) + (c.slots?.date ? 1 : 0) + (c.slots?.entities?.length ? 1 : 0);
        let bonus = 0;
        // The very figure or date of the claim ("same") says more than a compatible or clashing one.
        if (c.slots?.quantity) {
          const rel = quantityRelation(mainSlots.quantities, c.slots.quantity).rel;
          if (rel !== 'none') bonus += (rel === 'same' ? tuning.sameSlotBonus : tuning.slotBonus) / kinds;
        }
        if (c.slots?.date) {
          const rel = dateRelation(mainSlots.dates, c.slots.date).rel;
          if (rel !== 'none') bonus += (rel === 'same' ? tuning.sameSlotBonus : tuning.slotBonus) / kinds;
        }
        const sc = scoreOf[ci];
        if (mainAll && passesAnchors(indexed[ci], mainAll)) bonus += tuning.mainBonus;
        const rankScore = (tuning.marginRank ? sc - indexed[ci].threshold : sc) + bonus;
        if (rankScore > bestRank) {
          bestRank = rankScore;
          bestScore = sc;
          best = ci;
        }
      }
    }
    const chosen = chooseMember(best, slots, features.all, norm, question, mainFeatures);
    const claim = indexed[chosen].claim;
    const v = decideVerdict(slots, claim, ctx);
    return {
      index,
      sentence: input.text,
      start: s.start,
      end: s.end,
      claimId: claim.id,
      topic: claim.topic,
      score: Math.round(Math.max(bestScore, shownOf[best]) * 1000) / 1000,
      verdict: v.verdict,
      conflict: v.conflict,
      preferredId: v.preferredId,
      slots: v.slots,
      claimStatus: claim.status,
    };
  }

  /** How many of the claim's names groups and wording groups the sentence meets no alternative of. */
  function missedGroups(x: IndexedClaim, all: Set<string>): { missedNames: number; missedWording: number } {
    let missedNames = 0;
    let missedWording = 0;
    x.anchors.forEach((group, g) => {
      if (group.length === 0 || group.some((alt) => alt.every((t) => all.has(t)))) return;
      if (x.partyGroups[g]) missedNames++;
      else missedWording++;
    });
    return { missedNames, missedWording };
  }

  function explain(text: string, limit = 8) {
    const norm = withoutIdioms(normalizeText(text));
    const features = textFeatures(norm, lexicon, true);
    for (const d of parseDates(text, null, defaultYear)) if (d.iso.length === 10) for (const w of dayWords(d.iso)) features.all.add(w);
    gen++;
    const ids: number[] = [];
    let unknown = 0;
    for (const t of [...features.terms, ...parseQuantities(text).map((q) => UNIT_TOKEN + (q.unit || 'count'))]) {
      const id = termIds.get(t);
      if (id === undefined) unknown++;
      else if (mark[id] !== gen) {
        mark[id] = gen;
        ids.push(id);
      }
    }
    let weight = unknown * tuning.unknownWeight;
    for (const id of ids) weight += idf[id];
    const foreign = foreignNames(text);
    return indexed
      .map((x) => ({
        claimId: x.claim.id,
        score: Math.round(fullScore(x, ids, weight) * 1000) / 1000,
        anchors: passesAnchors(x, features.all),
        sibling: namesSibling(x, features.all),
        others: aboutOthers(x, features.entities, foreign),
        ...missedGroups(x, features.all),
      }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  return {
    size: n,
    explain,
    claimById: (id) => byId.get(id),
    groupsOf: (id) => groups.get(id) ?? [],
    match(sentences, opts) {
      const out: SentenceMatch[] = [];
      // Sentences are one page, in reading order: each may refer to parties the ones before it named.
      const focus = new PageFocus(namesOthers);
      let previous: string | null = null;
      for (let i = 0; i < sentences.length; i++) {
        const m = matchOne(sentences[i], i, opts, focus, previous);
        previous = m ? m.topic : null;
        if (m) out.push(m);
      }
      return out;
    },
  };
}
