/**
 * Entity aliases: the many spellings a newsroom uses for the deal's parties, facility and products,
 * mapped to one canonical name, so "Colossus I", "NVIDIA" and "SpaceX AI" meet the database's names.
 */
import { normalizeText } from './normalize.ts';
import { wordTable } from './word-table.ts';

/** Canonical name → surface forms (lower case, normalised). The canonical name itself is always a form. */
const ALIASES = wordTable<string[]>({
  SpaceX: [
    'spacex', 'space x', 'space-x', "musk's rocket company", 'the rocket company', 'the rocket maker', "musk's rocket maker",
    "musk's space company", 'the space company', "musk's rocket firm", 'the rocket firm', "elon's rocket company", "elon's rocket firm",
    "musk's rocket outfit", "elon's rocket outfit", 'the rocket outfit', "elon's space company",
  ],
  SpaceXAI: ['spacexai', 'spacex ai', 'spacex-ai', 'spacex.ai'],
  xAI: ['xai', 'x.ai'],
  'Colossus 1': ['colossus 1', 'colossus i', 'colossus one', 'colossus-1', 'colossus1', 'colossus', "musk's supercomputer", "elon's supercomputer"],
  'Colossus 2': ['colossus 2', 'colossus ii', 'colossus two', 'colossus-2', 'colossus2'],
  NVIDIA: ['nvidia', 'nvda', "jensen huang's company", "huang's company", "jensen huang's chipmaker"],
  'Claude Code': ['claude code', 'claude-code', 'claudecode'],
  Opus: ['opus', 'claude opus'],
  Anthropic: [
    'anthropic', 'anthropic pbc', "claude's maker", 'the claude maker', 'claude maker', 'the maker of claude', 'the company behind claude',
    "claude's developer", 'the claude developer', 'the developer of claude', "claude's creator", 'the creator of claude',
    // Its chief executive's company, as his rival's is named after him ("Dario's shop").
    "dario's shop", "dario's company", "dario's lab", "dario's startup", "amodei's company", "amodei's lab", "amodei's startup",
  ],
  Musk: ['musk', 'elon musk', 'elon', 'spacex chief', 'spacex ceo', 'spacex boss', 'spacex founder', 'tesla ceo', 'tesla chief', "spacex's chief executive"],
  Claude: ['claude'],
  Grok: ['grok', "musk's chatbot", "elon's chatbot", "xai's chatbot", 'the grok chatbot'],
  Starlink: ['starlink'],
  Memphis: ['memphis'],
  Tennessee: ['tennessee'],
  NAACP: ['naacp', 'the civil rights organization', 'the civil rights group', 'national association for the advancement of colored people'],
  Pentagon: ['pentagon', 'department of defense', 'defense department', 'department of war', 'war department', 'dod', 'defense establishment', 'defense officials', 'military establishment', 'us military', 'u.s. military'],
});

/**
 * Concepts: the same idea under several names ("IPO" / "initial public offering"). They fold to one
 * retrieval token like entities do, but are not entities: they never fill an entity slot.
 */
const CONCEPTS = wordTable<string[]>({
  IPO: [
    'ipo', 'ipos', 'initial public offering', 'public offering', 'stock market debut', 'public markets debut', 'go public',
    'goes public', 'going public', 'went public', 'gone public', 'list its shares', 'list shares', 'listing',
    'flotation', 'market debut', 'trading debut', 'stock market float', 'market float', 'could list', 'will list', 'plans to list', 'begin trading', 'begins trading', 'start trading', 'starts trading', 'to float', 'float its shares', 'floating its shares', 'sell shares to the public', 'selling shares to the public', 'offer shares to the public', 'public share sale',
  ],
  announce: ['announce', 'announces', 'announced', 'announcing', 'announcement', 'unveil', 'unveils', 'unveiled', 'unveiling'],
  GPU: [
    'gpu', 'gpus', 'graphics processing unit', 'graphics processing units', 'graphics processor', 'graphics processors', 'graphics chips',
    'graphics chip', 'graphics cards', 'graphics card',
  ],
  'data center': [
    'data center', 'data centers', 'data centre', 'data centres', 'datacenter', 'datacenters', 'datacentre', 'data hall', 'data halls',
    'server farm', 'server farms',
  ],
  'rate limits': [
    'rate limits', 'rate limit', 'usage limits', 'usage limit', 'usage caps', 'usage cap', 'rate caps', 'usage ceilings', 'usage ceiling',
    'usage quotas', 'usage quota', 'usage allowance', 'usage allowances', 'message limits', 'token limits',
  ],
  'supply-chain risk': ['supply-chain risk', 'supply chain risk', 'supply-chain hazard', 'supply chain hazard', 'supply-chain threat', 'supply chain threat'],
  partner: [
    'partner', 'partners', 'partnered', 'partnering', 'partnership', 'partnerships', 'team up', 'teams up', 'teamed up',
    'teaming up', 'join forces', 'joins forces', 'joined forces', 'joining forces', 'tie-up', 'tie up', 'tied up', 'ties up', 'alliance',
  ],
  deal: [
    'deal', 'deals', 'agreement', 'agreements', 'pact', 'pacts', 'contract', 'contracts', 'accord', 'arrangement', 'agreed',
    'agrees to', 'agreed to', 'inked', 'inks',
  ],
  undisclosed: [
    'undisclosed', 'not disclosed', 'not been disclosed', 'not revealed', 'not been revealed', 'not made public',
    'not been made public', 'kept private', 'kept secret', 'under wraps', 'did not say', "didn't say", 'did not disclose',
    "didn't disclose", 'not public', 'unrevealed', 'did not reveal', "didn't reveal", 'declined to disclose', 'declined to say',
    'not said', 'has not said', 'have not said', "hasn't said", "haven't said", 'no one has said', 'nobody has said',
    'not spelled out', 'not been spelled out', 'never disclosed', 'never revealed', 'kept quiet', 'kept confidential', 'unspecified',
    'not specified', 'not detailed', 'not been detailed', 'withheld', 'not shared', 'not been shared', 'left unsaid',
    'kept to themselves', 'keeping it to themselves', 'would not say', "wouldn't say", 'will not say', "won't say", 'would not disclose',
    "wouldn't disclose", 'refused to say', 'refused to disclose', 'nor has it said', 'nor have they said',
    'nobody knows', 'no one knows', 'nobody outside',
  ],
  disclose: ['disclose', 'discloses', 'disclosed', 'disclosing', 'reveal', 'reveals', 'revealed', 'revealing', 'made public', 'make public', 'makes public'],
  build: [
    'build', 'builds', 'built', 'construct', 'constructs', 'constructed', 'constructing', 'put up', 'puts up', 'set up',
    'sets up', 'erected', 'stood up', 'stand up', 'stands up', 'standing up', 'assembled', 'assembles', 'assembling', 'put together',
    'puts together',
  ],
  large: [
    'large', 'larger', 'largest', 'big', 'bigger', 'biggest', 'massive', 'huge', 'giant', 'enormous', 'immense', 'mammoth', 'gargantuan',
    'colossal',
  ],
  double: ['double', 'doubles', 'doubled', 'doubling', 'twice', '2x', 'two times', 'twofold', 'two-fold', 'by a factor of two'],
  sue: [
    'sue', 'sues', 'sued', 'suing', 'lawsuit', 'lawsuits', 'legal action', 'take to court', 'taken to court', 'took to court',
    'takes to court', 'taking to court', 'filed suit', 'file suit', 'litigation', 'court case', 'brought suit', 'bring suit', 'brings suit',
    'filed a complaint', 'legal challenge', 'legal challenges', 'files suit', 'filing suit',
  ],
  found: ['founded', 'co-founded', 'cofounded', 'founder', 'founders', 'co-founder', 'co-founders', 'established'],
  idle: [
    'idle', 'underutilized', 'underused', 'under-used', 'under-utilized', 'sitting idle', 'spare capacity', 'spare compute', 'unused', 'unutilized',
    'surplus', 'excess capacity', 'unoccupied', 'fallow', 'dormant', 'going unused', 'gone unused', 'went unused',
  ],
  surge: [
    'surge', 'surges', 'surged', 'surging', 'soar', 'soars', 'soared', 'soaring', 'skyrocket', 'skyrockets', 'skyrocketed',
    'skyrocketing', 'climbed', 'climbing', 'spiked', 'spiking', 'jumped', 'ballooned', 'ballooning',
  ],
  expand: [
    'expand', 'expands', 'expanded', 'expanding', 'expansion', 'grow', 'grows', 'grew', 'growing', 'growth', 'grown', 'scale up',
    'scaling up', 'scaled up', 'build-out', 'buildout', 'beef up', 'beefed up', 'beefing up', 'bulked up', 'enlarge', 'enlarged',
    'enlarging',
  ],
  acquire: [
    'acquire', 'acquires', 'acquired', 'acquiring', 'acquisition', 'take over', 'takes over', 'took over', 'taken over',
    'taking over', 'takeover', 'buy', 'buys', 'bought', 'buying', 'purchase', 'purchased', 'purchases', 'absorb', 'absorbed', 'absorbs',
    'snap up', 'snaps up', 'snapped up', 'snapping up', 'scoop up', 'scooped up',
  ],
  lease: [
    'lease', 'leases', 'leased', 'leasing', 'rent', 'rents', 'rented', 'renting', 'rental', 'hire', 'hires', 'hired', 'sublease',
    'subleases', 'subleased',
  ],
  raise: [
    'raise', 'raises', 'raised', 'raising', 'increase', 'increases', 'increased', 'increasing', 'lift', 'lifts', 'lifted',
    'boost', 'boosts', 'boosted', 'hike', 'hikes', 'hiked', 'bump', 'bumped', 'higher', 'upped', 'loosened', 'loosens', 'relaxed',
    'relaxes',
  ],
  remove: ['remove', 'removes', 'removed', 'removal', 'eliminate', 'eliminated', 'eliminates', 'scrap', 'scraps', 'scrapped', 'drop', 'drops', 'dropped', 'end', 'ends', 'ended', 'axe', 'axed'],
  criticize: [
    'criticize', 'criticizes', 'criticized', 'criticise', 'criticised', 'criticism', 'attack', 'attacks', 'attacked', 'attacking',
    'slam', 'slams', 'slammed', 'blast', 'blasted', 'condemn', 'condemns', 'condemned', 'condemning', 'denounce', 'denounced', 'denounces',
    'lambast', 'lambasts', 'lambasted', 'bash', 'bashed', 'bashing', 'railed against', 'rails against', 'railing against', 'excoriated',
    'castigated', 'decried', 'derided', 'rebuked', 'disparaged', 'assailed',
  ],
  orbital: [
    'orbital', 'orbit', 'orbiting', 'in orbit', 'space-based', 'in space', 'off-planet', 'off-world', 'outer space', 'spaceborne',
    'space-borne',
  ],
  compute: [
    'compute', 'computing power', 'computing capacity', 'processing power', 'computing resources', 'compute capacity', 'compute power',
    'compute resources', 'computational power', 'computational capacity', 'computational resources', 'processing capacity',
    'computing horsepower', 'computing muscle', 'horsepower', 'compute horsepower',
  ],
  customer: ['customer', 'customers', 'client', 'clients', 'tenant', 'tenants', 'lessee', 'lessees', 'renter', 'renters'],
  portion: [
    'portion', 'portions', 'slice', 'slices', 'fraction', 'fractions', 'subset', 'sliver', 'proportion', 'partial share', 'chunk',
    'chunks',
  ],
});

/** Canonical names of places: a claim whose names are all places says where something is. */
const PLACES: ReadonlySet<string> = new Set(['Memphis', 'Tennessee']);

/** True when a canonical name is a place. */
export function isPlace(canonical: string): boolean {
  return PLACES.has(canonical);
}

/** The canonical names of places. */
export function placeNames(): readonly string[] {
  return [...PLACES];
}

/** True when a canonical name is a concept (folds for retrieval, never an entity). */
export function isConcept(canonical: string): boolean {
  return canonical in CONCEPTS;
}

/**
 * Siblings: distinct things whose names differ only by a number. A sentence naming one of them is not
 * about the other, however many words it shares with it.
 */
const SIBLINGS: string[][] = [['Colossus 1', 'Colossus 2']];

/** The other members of `canonical`'s sibling set (empty when it has none). */
export function siblingsOf(canonical: string): readonly string[] {
  let sibs = siblingCache.get(canonical);
  if (!sibs) {
    sibs = [];
    for (const set of SIBLINGS) if (set.includes(canonical)) sibs = set.filter((x) => x !== canonical);
    siblingCache.set(canonical, sibs);
  }
  return sibs;
}
/** Answers of `siblingsOf` (the matcher asks per candidate claim, so each name is worked out once). */
const siblingCache = new Map<string, readonly string[]>();

/**
 * Families: names that count as the same party when a claim needs that party present (the issue lists
 * SpaceX / SpaceXAI / xAI as one party of the deal). Entity slots still compare exact canonical names.
 */
const FAMILIES: string[][] = [['SpaceX', 'SpaceXAI', 'xAI']];

/** Names whose mention also mentions another ("Claude Code" is a Claude product, so it satisfies "Claude"). */
const IMPLIES = wordTable<string[]>({
  'Claude Code': ['Claude'],
  Opus: ['Claude'],
  SpaceXAI: ['SpaceX'],
  Memphis: ['Tennessee'],
});

/** The names a mention of `canonical` also counts as (not including itself). */
export function impliedEntities(canonical: string): readonly string[] {
  return IMPLIES[canonical] ?? [];
}

const FORM_TO_CANONICAL = new Map<string, string>();
for (const [canonical, forms] of [...Object.entries(ALIASES), ...Object.entries(CONCEPTS)]) {
  FORM_TO_CANONICAL.set(normalizeText(canonical), canonical);
  for (const f of forms) FORM_TO_CANONICAL.set(normalizeText(f), canonical);
}

/** Canonical name for a surface form, or null when the form is not a known alias. */
export function canonicalEntity(form: string): string | null {
  return FORM_TO_CANONICAL.get(normalizeText(form)) ?? null;
}

/** Every known surface form of a canonical name (lower case), including the name itself. */
export function aliasForms(canonical: string): string[] {
  const forms = new Set<string>([normalizeText(canonical)]);
  for (const [form, c] of FORM_TO_CANONICAL) if (c === canonical) forms.add(form);
  return [...forms];
}

/** The canonical names that stand for the same party as `canonical` (itself included). */
export function entityFamily(canonical: string): readonly string[] {
  let fam = familyCache.get(canonical);
  if (!fam) {
    fam = FAMILIES.find((f) => f.includes(canonical)) ?? [canonical];
    familyCache.set(canonical, fam);
  }
  return fam;
}
/** Answers of `entityFamily`, one array per name. */
const familyCache = new Map<string, readonly string[]>();

/** All alias forms known to this module, with their canonical names. */
export function allAliasForms(): ReadonlyMap<string, string> {
  return FORM_TO_CANONICAL;
}
