import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ClaimPack } from '../../src/claims/types';
import { createMatcher, DEFAULT_TUNING } from '../../src/core/matcher';
import { segmentText } from '../../src/core/segment';
import { MINI_PACK } from './mini-pack';

const mini = createMatcher([MINI_PACK]);
const matchOne = (text: string, published?: string) => mini.match([{ text, start: 0, end: text.length }], { published });

describe('createMatcher over a small pack', () => {
  it('matches paraphrases, aliases and other number formats to the right claim', () => {
    expect(matchOne("Anthropic has struck a compute pact with Elon Musk's SpaceX.")[0]?.claimId).toBe('deal-signed');
    expect(matchOne('Colossus I reportedly houses more than 220K Nvidia chips.')[0]).toMatchObject({ claimId: 'gpus-220k', verdict: 'agrees', conflict: false });
    expect(matchOne('xAI built the Memphis cluster to train Grok.')[0]).toMatchObject({ claimId: 'built-by-xai', verdict: 'agrees' });
  });

  it('gives each verdict kind with the differing slot', () => {
    const lessPrecise = matchOne('The deal gives Anthropic the equivalent of over 200,000 Nvidia GPUs.')[0];
    expect(lessPrecise).toMatchObject({ claimId: 'gpus-200k', verdict: 'less-precise', conflict: false, preferredId: 'gpus-220k' });
    const wrongFigure = matchOne('Colossus 1 has 200,000 GPUs.')[0];
    expect(wrongFigure).toMatchObject({ verdict: 'conflicts', conflict: true });
    expect(wrongFigure.slots[0]).toEqual({ slot: 'quantity', page: '200,000 GPUs', preferred: 'more than 220,000 GPUs' });
    const wrongBuilder = matchOne('The Memphis data center was originally built for Starlink.')[0];
    expect(wrongBuilder).toMatchObject({ claimId: 'built-for-starlink', verdict: 'conflicts', claimStatus: 'contradicted' });
    expect(wrongBuilder.slots).toEqual([{ slot: 'entity', page: 'Starlink', preferred: 'xAI, Grok' }]);
  });

  it('uses the publication date for relative dates', () => {
    expect(matchOne('Anthropic and SpaceX announced their compute partnership on Wednesday.', '2026-05-07')[0]).toMatchObject({ verdict: 'agrees' });
    expect(matchOne('Anthropic and SpaceX announced their compute partnership on Wednesday.', '2026-05-15')[0]).toMatchObject({ verdict: 'conflicts' });
  });

  it('matches nothing for near misses that lack the anchors', () => {
    for (const text of [
      'Microsoft signed a compute deal with Oracle for 200,000 GPUs.',
      "Oracle's Abilene data center was built for OpenAI.",
      'The weather in Memphis was fine on Wednesday.',
      'Google and Meta announced a partnership on cloud storage.',
    ]) {
      expect(matchOne(text), text).toEqual([]);
    }
  });

  it('keeps offsets and indexes of the sentences it was given', () => {
    const text = 'Markets were calm. Colossus 1 houses over 220,000 GPUs. Nothing else.';
    const out = mini.match(segmentText(text));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ index: 1, sentence: 'Colossus 1 houses over 220,000 GPUs.' });
    expect(text.slice(out[0].start, out[0].end)).toBe(out[0].sentence);
  });

  it('looks up claims by id', () => {
    expect(mini.claimById('gpus-220k')?.topic).toBe('gpu-count');
    expect(mini.claimById('nope')).toBeUndefined();
  });
});

describe('createMatcher over the bundled pack', () => {
  const pack = JSON.parse(readFileSync(new URL('../../src/claims/deal.json', import.meta.url), 'utf8')) as ClaimPack;
  const matcher = createMatcher([pack]);
  const first = (text: string) => matcher.match([{ text, start: 0, end: text.length }])[0];

  it('flags the wrong GPU count and accepts the vaguer one', () => {
    expect(first('Colossus 1 has 200,000 GPUs, according to the announcement.')).toMatchObject({ topic: 'gpu-count', conflict: true });
    expect(first('SpaceX is giving Anthropic more than 200,000 Nvidia GPUs worth of compute.')).toMatchObject({ topic: 'gpu-count', conflict: false });
  });

  it('meets date and unit anchors however the sentence writes the day or the unit', () => {
    // The claim's anchors say "May 6" or "Wednesday", and "week": the day and the rate are parsed, not spelled.
    expect(first('The deal went public on Wed., 5/6/26.')?.claimId).toBe('announced-2026-05-06');
    expect(first('Devs log 20 hrs/wk in Claude Code on average.')?.claimId).toBe('claude-code-20-hours-week');
  });

  it('flags a wrong multiple of the Claude Code limits', () => {
    expect(first("Thanks to the deal, Claude Code's rate limits have tripled.")).toMatchObject({ claimId: 'cc-limits-doubled', conflict: true });
    expect(first("Thanks to the deal, Claude Code's rate limits have doubled.")).toMatchObject({ claimId: 'cc-limits-doubled', conflict: false });
  });

  it('flags a wrong founding year and a ramp put off to next year', () => {
    expect(first('Anthropic was founded in 2019 by Dario and Daniela Amodei.')).toMatchObject({ claimId: 'anthropic-founded-2021', conflict: true });
    expect(first('Anthropic was founded in 2021 by Dario and Daniela Amodei.')).toMatchObject({ claimId: 'anthropic-founded-2021', conflict: false });
    const ramp = (text: string) => matcher.match([{ text, start: 0, end: text.length }], { published: '2026-05-07' })[0];
    expect(ramp('Claude inference on Colossus is not expected to start ramping until next year.')).toMatchObject({ claimId: 'ramp-next-few-days', conflict: true });
    expect(ramp('Claude inference on Colossus 1 starts ramping in the next few days.')).toMatchObject({ claimId: 'ramp-next-few-days', conflict: false });
  });

  it("reads a claim's exact figure, said of the facility or tier the article introduced, as that claim without its names", () => {
    expect(first("The cluster's GPU census tops two hundred twenty thousand, all of them Nvidia parts.")?.claimId).toBe('gpu-count-over-220k');
    expect(first("The facility's capacity runs to upwards of three hundred megawatts.")?.claimId).toBe('power-over-300mw');
    expect(first('On the output side, the same tier now allows 0.8 million tokens per minute.')?.claimId).toBe('api-tier4-output-800k');
    // A key-facts line: a label, then the figure.
    expect(first('GPUs: 220K+ (Nvidia)')?.claimId).toBe('gpu-count-over-220k');
    expect(first('Power draw: in excess of 300 megawatts')?.claimId).toBe('power-over-300mw');
    expect(first('Solar farm: 300 megawatts')).toBeUndefined();
    // Not of a thing the article introduced, not the claim's figure, or of someone else's facility.
    expect(first('The 300-megawatt solar farm will power homes across three counties.')).toBeUndefined();
    expect(first('A competing cloud provider said it has deployed more than 220k GPUs across all of its regions.')).toBeUndefined();
    expect(first('A cluster holds 150,000 GPUs.')).toBeUndefined();
    expect(first("The Ohio cluster's GPU count tops 220,000.")).toBeUndefined();
  });

  it('reads a sum Anthropic pays as the monthly fee only when it is a fee, a rent or a rate, not any payment', () => {
    expect(first('Anthropic pays SpaceX $1.25 billion a month for Colossus 1.')?.claimId).toBe('terms-fee-1-25b-month');
    expect(first("SpaceX's IPO filing puts Anthropic's bill at $1.25bn.")?.claimId).toBe('terms-fee-1-25b-month');
    expect(first('Anthropic agreed to pay $1.5 billion to settle a class action brought by authors over pirated books.')).toBeUndefined();
    expect(first('xAI raised billions of dollars in debt and equity in 2025 to pay for its chips.')).toBeUndefined();
  });

  it("does not match another company's data center that shares the numbers", () => {
    expect(first("xAI's Colossus 2 is designed to hold more than 550,000 GPUs.")?.topic).not.toBe('gpu-count');
    expect(first('Microsoft signed a multiyear compute deal with Oracle for more than 200,000 GPUs.')).toBeUndefined();
    expect(first('Mistral agreed to buy 18,000 Nvidia Grace Blackwell chips for a data center near Paris.')).toBeUndefined();
  });

  it('claims about SpaceX itself ("=SpaceX" anchors) are not met by xAI alone', () => {
    expect(first('xAI is preparing an IPO as early as June.')).toBeUndefined();
    expect(first('SpaceX is preparing an IPO as early as June.')?.claimId).toBe('ipo-spacex-june-2026');
    expect(first('xAI previously merged with X, Musk’s social network.')).toBeUndefined();
    expect(first('SpaceX acquired xAI in February.')?.claimId).toBe('spacex-acquired-xai');
  });

  it("reads SpaceX's own machine-learning work as the facility's origin only when the sentence is about the cluster", () => {
    // Chips for Starship work, with no cluster or capacity in view, say nothing of where Colossus 1 came from.
    expect(first('SpaceX also wants more Nvidia GPUs for its Starship simulation work.')).toBeUndefined();
    expect(first('SpaceX put the GPU capacity together itself, out of its machine learning work for Starlink.')).toMatchObject({ claimId: 'origin-spacex-internal-ml', conflict: true });
  });

  it('reads GPU figures and types as the deal\'s only when the sentence names the deal, Anthropic or the facility', () => {
    // SpaceX or xAI buying or owning chips elsewhere is not Colossus 1's hardware.
    expect(first('xAI told investors it now runs 200,000 GPUs.')).toBeUndefined();
    expect(first('SpaceX ordered thousands of Nvidia GPUs for its rocket engineers.')).toBeUndefined();
    expect(first("SpaceX's supercomputer runs on Nvidia GPUs.")).toMatchObject({ topic: 'gpu-types', conflict: false });
  });

  it('needs the deal or its parties for claims whose own words are common elsewhere', () => {
    for (const text of [
      'The NAACP sued a Georgia power company over soot from its coal plant.',
      'Private startups are under no obligation to publish their financial statements.',
      "Anthropic's 2025 developer conference is where its Claude 4 models debuted.",
      'SpaceX builds its Starship rockets at Starbase in south Texas.',
      'xAI wants to run more gas turbines at its plant in Southaven, Mississippi.',
      'Early access to the browser agent went to a limited group of Max subscribers.',
      'xAI borrowed billions of dollars to grow its Memphis operations.',
      'The NAACP fought a crude oil pipeline through south Memphis in 2021.',
      'We have been answering readers’ questions ever since the news broke.',
      'A planned steel mill outside Memphis would draw about 300 megawatts on its own.',
      'At its 6 May keynote, Anthropic showed Claude Code running for hours unattended.',
      'SpaceX launched another Starship from its Starbase site in South Texas.',
    ]) {
      expect(first(text), text).toBeUndefined();
    }
    expect(first('Financial terms were not disclosed by either company.')?.claimId).toBe('terms-undisclosed');
    expect(first('The NAACP is suing SpaceX over the Memphis turbines.')).toMatchObject({ claimId: 'naacp-sued-spacex', conflict: true });
  });

  it('knows the other words reporters use for a claim (twofold, to itself, pilfering, rate increases, tensor processing units, scaling up)', () => {
    for (const [text, claimId] of [
      ['Claude Code limits went up twofold for Pro, Max, Team and seat-based Enterprise users.', 'cc-limits-doubled-all-plans'],
      ['Nobody knows yet whether Anthropic gets Colossus 1 to itself.', 'scope-exclusivity-unclear'],
      ['Musk had accused Anthropic of pilfering training data on a huge scale.', 'musk-accused-data-theft'],
      ['Anthropic promised in February to pay for any electricity rate increases its data centers cause.', 'energy-pledge-february'],
      ['Whether the Memphis data center uses tensor processing units has not been disclosed.', 'gpu-types-gpus-or-tpus'],
      ['Colossus 1 had been scaling up quickly before Anthropic signed on.', 'colossus-1-expanding'],
      ['Anthropic says use of Claude has skyrocketed this year.', 'demand-surging'],
      ["Anthropic's statement on the blackmail episodes landed at the same moment as the SpaceX deal.", 'blackmail-same-time-as-deal'],
      ['The NAACP came out swinging against the arrangement, saying the Black communities next to the Memphis plant bear its health costs.', 'naacp-condemned-deal'],
      ["SpaceX's IPO filing says the agreement runs through May 2027.", 'term-through-may-2029'],
      ["Don't forget Elon's rocket outfit is a huge defense contractor, deeply wired into Washington.", 'spacex-defense-contractor'],
      ["So the long and short of it: Elon's rocket company is now Anthropic's landlord for compute.", 'deal-signed'],
      ['The added horsepower will back Claude Pro, Claude Max, Claude Code and the Claude API alike.', 'capacity-serves-claude-products'],
      ["Claude's moving to Memphis.", 'facility-memphis'],
      ['Before Anthropic signed on, Colossus 1 had been adding hardware at a rapid clip.', 'colossus-1-expanding'],
      ["Musk's chatbot competes directly with Claude, for consumers and for corporate contracts.", 'grok-competes-with-claude'],
      ['Nobody outside the two companies yet knows what Anthropic is paying SpaceX.', 'terms-undisclosed'],
      ['Nor has it said how long the arrangement with SpaceX lasts.', 'duration-undisclosed'],
      ['MiniMax-M2.5 has been pulled from Hugging Face 919,530 times.', 'minimax-downloads'],
      ['SpaceX lines up June stock market float', 'ipo-spacex-june-2026'],
      ['The new servers shall answer the requests of Claude users and so relieve the capacity shortage.', 'use-claude-inference'],
      ['SpaceX is among the biggest suppliers of the US military and is tied closely to Washington.', 'spacex-defense-contractor'],
      ['Anthropic takes every rack at Colossus 1', 'scope-all-capacity'],
      ['NAACP Files Suit Against SpaceX Over Tennessee Site', 'naacp-sued-spacex'],
      ['Grok vs. Claude: The Rivalry Behind the Lease', 'grok-competes-with-claude'],
      ['A long public feud between Musk\'s companies and Anthropic gives way to a commercial pact', 'musk-hostility-years'],
      ['The signed contract commits the two companies to building compute capacity in orbit.', 'orbital-part-of-agreement'],
      ['Claude Code subscribers on Pro and Max will no longer have their limits cut at busy times of day.', 'cc-peak-hour-removed'],
      ['Anthropic is soaking up the leftover capacity at Colossus 1 that nobody else wanted.', 'colossus-1-underutilized'],
      ['The feud is over: Musk spent years trading barbs with Anthropic.', 'musk-hostility-years'],
    ]) {
      expect(first(text)?.claimId, text).toBe(claimId);
    }
  });

  it('counts a wording anchor\'s synonym as the claim\'s vocabulary, so a long sentence using it still reaches the threshold', () => {
    const text = 'What nobody has spelled out yet, in any of the posts, is whether Anthropic holds sole rights to Colossus 1 or simply sits first in line.';
    const full = first(text);
    expect(full?.claimId).toBe('scope-exclusivity-unclear');
    // With the anchors only a gate, the same sentence covers less of the claim and scores lower (or not at all).
    const gateOnly = createMatcher([pack], { ...DEFAULT_TUNING, anchorShare: 0 });
    const [plain] = gateOnly.match([{ text, start: 0, end: text.length }]);
    expect(plain?.score ?? 0).toBeLessThan(full!.score - 0.05);
  });

  it('ranks the claim whose very figure the sentence states above a claim about the same hardware', () => {
    expect(first('More than two hundred twenty thousand NVIDIA GPUs make up the Colossus I cluster.')).toMatchObject({ topic: 'gpu-count', conflict: false });
  });

  it('reads a bare count in a sentence about GPUs as a GPU count', () => {
    expect(first('GPU tally at Colossus 1: 220k+, all Nvidia.')).toMatchObject({ claimId: 'gpu-count-over-220k', conflict: false });
    expect(first("Colossus 1's GPU tally: about 200,000.")).toMatchObject({ topic: 'gpu-count', conflict: true });
  });

  it('does not read a figure claim into a sentence without a figure', () => {
    expect(first('Nvidia chips power the Colossus 1 supercomputer.')?.topic).not.toBe('gpu-count');
  });
});

describe('createMatcher with a sparse user pack', () => {
  it('builds and matches when optional parts are missing', () => {
    const sparse = {
      meta: { name: 'sparse', version: '1', asOf: '2026-05-11' },
      reports: [],
      claims: [
        {
          id: 'only-claim',
          topic: 'power',
          statement: 'Colossus 1 draws more than 300 megawatts.',
          variants: [],
          anchors: [['Colossus 1'], ['megawatts', 'MW']],
          appearances: [],
          status: 'single-source',
          slots: { quantity: { value: 300, bound: 'over', unit: 'mw' } },
        },
      ],
      conflicts: [],
    } as unknown as import('../../src/claims/types').ClaimPack;
    const m = createMatcher([sparse]);
    const text = 'Colossus 1 draws 0.3 GW of power.';
    expect(m.match([{ text, start: 0, end: text.length }])[0]).toMatchObject({ claimId: 'only-claim', verdict: 'agrees' });
    const wrong = 'Colossus 1 draws 100 MW of power.';
    expect(m.match([{ text: wrong, start: 0, end: wrong.length }])[0]).toMatchObject({ claimId: 'only-claim', conflict: true });
  });
});
