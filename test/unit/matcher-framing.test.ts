/**
 * Sentences that mention the deal without stating a fact of it: analysis framing, headings that only
 * name the parties, and a deal taken as given whose sentence is about something else. Each is set
 * beside a plain statement of a fact, so a matcher that simply stopped matching would fail too.
 */
import { describe, expect, it } from 'vitest';
import { firstMatch } from './bundled-matcher';

const first = firstMatch;

describe('statements, not commentary', () => {
  it('analysis framing about the deal is not a claim; the plain fact is', () => {
    expect(first('The Anthropic–SpaceX deal shows how scarce GPUs have become.')).toBeNull();
    expect(first('When a lab signs a compute deal with SpaceX, it ties itself to a defense contractor.')).toBeNull();
    expect(first('Anthropic signed a deal with SpaceX for GPU capacity.')?.claimId).toBe('deal-signed');
    expect(first('SpaceX is a defense contractor.')?.claimId).toBe('spacex-defense-contractor');
  });

  it('a hedge costs score but a close statement of a figure still counts', () => {
    expect(first('In principle, Colossus 1 holds more than 220,000 Nvidia GPUs.')).toMatchObject({ claimId: 'gpu-count-over-220k', conflict: false });
  });

  it('a heading that only names the parties and the deal states nothing; a headline with a verb does', () => {
    expect(first('Anthropic and SpaceX: the compute deal')).toBeNull();
    expect(first('Anthropic Signs Compute Deal With SpaceX')?.claimId).toBe('deal-signed');
  });

  it('a question states nothing, except a claim that something is an open question', () => {
    expect(first('How many GPUs does Colossus 1 really have?')).toBeNull();
    expect(first('Is SpaceX really going public in June?')).toBeNull();
    expect(first('Does Anthropic get the whole of Colossus 1, or only priority access?')?.claimId).toBe('scope-exclusivity-unclear');
  });

  it('reading meaning into the deal is a comment on it', () => {
    expect(first('What the SpaceX agreement says about Anthropic’s priorities is harder to pin down.')).toBeNull();
    expect(first('The overlooked dimension of the Colossus deal is what it reveals about Musk’s plans for xAI.')).toBeNull();
  });

  it('a verdict on who gains or loses is a comment, not the deal', () => {
    expect(first('Renting Colossus 1 to Anthropic is a windfall for SpaceX.')).toBeNull();
    expect(first('Leasing Colossus 1 to Anthropic hands Musk an edge over OpenAI.')).toBeNull();
    expect(first("Signing with SpaceX is an embarrassment for Anthropic's safety brand.")).toBeNull();
  });

  it('doubt about the deal is not a fact of it; deals in general are not this deal', () => {
    expect(first('Critics have asked whether a safety lab should be renting chips from Musk at all.')).toBeNull();
    expect(first('Some wonder if Anthropic can trust a compute supplier run by Elon Musk.')).toBeNull();
    expect(first('Early-exit clauses of 90 days are common in hosting contracts.')).toBeNull();
    // The same figure about this deal's contract still states the claim.
    expect(first('The contract with SpaceX can be ended on 90 days’ notice.')?.claimId).toBe('term-through-may-2029');
  });

  it('a heading naming what the claim is about beyond the two parties states it, whatever its verb', () => {
    expect(first('Anthropic Parks Claude on SpaceX’s Colossus 1')?.claimId).toBe('facility-colossus-1');
    // The parties and the facility's city with nothing said of them are still only a heading.
    expect(first('Anthropic, SpaceX and Memphis: a Week of Questions')).toBeNull();
  });

  it('a deal taken as given does not state the deal; what the sentence says about it may state another claim', () => {
    expect(first('The Anthropic-SpaceX partnership surprised rival labs.')).toBeNull();
    expect(first("Anthropic's partnership with SpaceX gives it access to Colossus 1.")?.topic).toBe('access-scope');
  });

  it('a claim whose anchors list its unit among other words is stated without the figure; a figure claim is not', () => {
    expect(first('Anthropic is also weighing compute in orbit with SpaceX.')).toMatchObject({ claimId: 'orbital-multiple-gigawatts', conflict: false });
    expect(first('Colossus 1 is packed with Nvidia GPUs.')?.topic).not.toBe('gpu-count');
  });
});

describe('a question without its mark', () => {
  it('asks, and states nothing, as it would with the mark', () => {
    expect(first('is orbital compute ever going to be real or is it just a slide in a deck')).toBeNull();
    expect(first('does anthropic really get all of colossus 1 now')).toBeNull();
    // The statement it asks about still states the claim, and a full stop makes an opening "Is" a statement's.
    expect(first('anthropic really gets all of colossus 1 now')?.claimId).toBe('scope-all-capacity');
  });
});

describe('a guide to the coverage', () => {
  it('"your questions about the deal, answered" states nothing; the answers do', () => {
    expect(first('Anthropic and SpaceX: your questions about the Colossus 1 deal, answered')).toBeNull();
    expect(first('Anthropic and SpaceX signed a deal for the Colossus 1 supercomputer.')?.claimId).toBe('deal-signed');
  });
});

describe('what may happen', () => {
  it('a conditional or a guess about the future states nothing; a source vouched for with "if" still does', () => {
    expect(first('If the 180-day figure holds, Anthropic would need somewhere else for that workload by the end of the year.')).toBeNull();
    expect(first("Should SpaceX's listing slip past June, the Anthropic contract might matter less to its pitch.")).toBeNull();
    expect(first('The lease could well be extended if demand for Claude keeps climbing.')).toBeNull();
    expect(first('Musk said the Colossus 1 lease would last 180 days.')?.claimId).toBe('term-lease-180-days');
    expect(first("If the stat everyone keeps quoting is right, developers put in twenty hours a week with Claude Code open.")?.claimId).toBe('claude-code-20-hours-week');
  });
});

describe('a question left open', () => {
  it('"declined to say whether…" does not state what follows; what comes before it, or a claim that it is unknown, still stands', () => {
    expect(first("A Pentagon spokesperson declined to say whether Anthropic's use of a SpaceX-owned machine bears on the designation.")).toBeNull();
    expect(first('The Pentagon designated Anthropic a supply-chain risk in late February.')?.claimId).toBe('pentagon-designation-february');
    expect(first('Anthropic, a San Francisco company, did not say whether it plans to hire in Memphis.')?.claimId).toBe('anthropic-san-francisco');
    expect(first('Nobody knows if the Memphis site runs GPUs or TPUs; the architecture is not public.')?.claimId).toBe('gpu-types-gpus-or-tpus');
  });
});
