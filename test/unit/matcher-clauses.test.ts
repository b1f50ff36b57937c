/**
 * Where in a sentence the claim sits: a new deal ("a deal") is someone else's, reported content after
 * "the news that" is not what the sentence states, and a deal taken as given still leaves its verb to
 * state the claim. Each case sits beside a sentence that must still match, so matching less fails too.
 */
import { describe, expect, it } from 'vitest';
import { firstMatch } from './bundled-matcher';

const first = firstMatch;

describe('a new deal is not our deal', () => {
  it('"X signed a deal for N GPUs" with none of our parties matches no GPU-count claim', () => {
    expect(first('Snowcap signed an agreement with a neocloud for 240,000 Nvidia GPUs.')).toBeNull();
    expect(first('Another lease covers 230,000 H100 chips in Arizona.')).toBeNull();
    expect(first('Lambda reached an agreement to lease 240,000 GPUs to a research lab.')).toBeNull();
  });

  it('the deal, or a new deal naming our facility, still states the GPU count', () => {
    expect(first('The agreement hands Anthropic upwards of 220,000 GPUs.')?.claimId).toBe('gpu-count-over-220k');
    expect(first('In a new deal, Colossus 1 and its 220,000 GPUs go to Anthropic.')?.claimId).toBe('gpu-count-over-220k');
  });
});

describe('reported content', () => {
  it('"broke the news that <the deal>" is about who broke the story', () => {
    expect(first('The Indian Express broke the news that Anthropic will rent SpaceX compute.')?.claimId).toBe('story-broken-by-wire-outlets');
  });

  it('the deal stated on its own is still the deal', () => {
    expect(first('Anthropic is renting compute from SpaceX.')?.claimId).toBe('deal-signed');
  });
});

describe('a site is not a website', () => {
  it('"the Colossus 1 site, the companies said" is about access to the site, not who announced the deal', () => {
    expect(first('Under the pact, Anthropic will be able to tap computing resources at the Colossus 1 site, the companies said.')?.claimId).toBe('scope-access-only');
    expect(first('Anthropic and xAI each announced the deal on their own sites.')?.claimId).toBe('announced-by-the-companies');
  });
});

describe('a place taken as given', () => {
  it('"the Memphis cluster" does not state that the data center is in Memphis; what the sentence says of it is stated', () => {
    expect(first('Before Anthropic ever showed up, the Memphis cluster had been growing at a breakneck pace.')?.claimId).toBe('colossus-1-expanding');
    expect(first('Anthropic denied it would use the Memphis cluster for training.')?.claimId).not.toBe('facility-memphis');
    expect(first('The data center Anthropic is renting sits in Memphis, Tennessee.')?.claimId).toBe('facility-memphis');
    expect(first('Anthropic will rent a Memphis data center from SpaceX.')?.claimId).toBe('facility-memphis');
  });
});

describe('a deal taken as given', () => {
  it('a wording-anchor verb outside it ("will provide") still states the claim', () => {
    expect(first('Under that agreement, SpaceX will provide Anthropic with compute.')?.claimId).toBe('deal-signed');
  });

  it('"the contract Anthropic signed with SpaceX" is a deal taken as given too', () => {
    expect(first('Orbital data centers are written into the contract Anthropic signed with SpaceX.')?.topic).toBe('orbital-compute');
  });

  it('a party named outside it is not something said of the deal', () => {
    expect(first("Anthropic's SpaceX deal drew a shrug from Musk's critics.")).toBeNull();
    expect(first('The tie-up is the latest twist in a long saga between Musk and Anthropic.')).toBeNull();
  });

  it('a name the claim is about beyond the deal\'s parties, outside it, says something of the claim', () => {
    expect(first('The data center in the SpaceX deal sits in Memphis.')?.claimId).toBe('facility-memphis');
    expect(first('Local angle: the data center at the heart of this deal sits right here in Memphis.')?.claimId).toBe('facility-memphis');
  });

  it('nothing of the claim outside it states nothing', () => {
    expect(first('Under that agreement, the weather in Memphis stayed mild.')).toBeNull();
  });
});

describe('an argument about the deal', () => {
  it('"critics argue the pact…" judges the deal rather than stating it', () => {
    expect(first('Skeptics argue the Anthropic-SpaceX pact gives Musk sway over a competitor.')).toBeNull();
    expect(first('Anthropic and SpaceX signed a compute pact.')?.claimId).toBe('deal-signed');
  });
});

describe('names in the possessive', () => {
  it('"Anthropic\'s" in an appositive is Anthropic, not some other party', () => {
    expect(first("The partnership was revealed from the stage at Code with Claude, Anthropic's yearly developer gathering.")?.claimId).toBe('announced-at-code-with-claude');
  });
});

describe('a clause set off by commas is background', () => {
  it('the main clause says which claim, and only its figures and dates earn a slot bonus', () => {
    expect(first('Anthropic, which unveiled the arrangement on Wednesday, is getting only a slice of Colossus 1, with SpaceX keeping the remainder.')).toMatchObject({ claimId: 'scope-partial-share', conflict: true });
    expect(first('Anthropic, which says Claude demand has outrun its own servers, has agreed to rent data-center capacity from SpaceX.')?.claimId).toBe('deal-signed');
  });

  it('the comma inside a figure ("220,000") does not end the clause', () => {
    expect(first('Anthropic gets only part of Colossus 1, which holds more than 220,000 GPUs, under the lease.')?.claimId).toBe('scope-partial-share');
  });
});

describe('saying nothing', () => {
  it('"would not say", "refused to disclose" leave the terms undisclosed', () => {
    expect(first("SpaceX wouldn't say what Anthropic pays for Colossus 1.")?.claimId).toBe('terms-undisclosed');
  });
});
