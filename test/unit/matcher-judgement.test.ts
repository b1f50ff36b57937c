/**
 * Judging the deal is not stating it, a denied version is not the one stated, and a sentence about
 * other companies that shares a product name is not about the deal. Each case sits beside a plain
 * statement that must still match, so a matcher that simply matched less would fail too.
 */
import { describe, expect, it } from 'vitest';
import { firstMatch } from './bundled-matcher';

const first = firstMatch;

describe('judging the deal', () => {
  it('an opinion of the deal ("seen as", "looks like a bet", "a sign of") states nothing', () => {
    expect(first("Investors view Anthropic's compute deal with SpaceX as a sign of the times.")).toBeNull();
    expect(first("Anthropic's tie-up with SpaceX looks like a bet that capacity beats old feuds.")).toBeNull();
    expect(first('Whatever the SpaceX agreement costs, Anthropic badly needed the capacity.')).toBeNull();
    expect(first("Anthropic's SpaceX arrangement will be scrutinized by regulators looking at capacity.")).toBeNull();
  });

  it('a fact followed by a judgement of it is still the fact', () => {
    expect(first('Anthropic will rent compute from SpaceX, a sign of how stretched its own data centers are.')?.claimId).toBe('deal-signed');
  });

  it('someone arguing about the deal is opinion; a party arguing its own case is what it claims', () => {
    expect(first('Some analysts contend that Anthropic overpaid for Colossus 1.')).toBeNull();
    expect(first('Musk has long argued that AI compute will one day run better in orbit.')?.claimId).toBe('musk-exploring-orbital');
  });

  it('a sentence that leaves the matter open states the version saying it is open', () => {
    expect(first('Whether Anthropic gets Colossus 1 all to itself is, for now, an open question.')).toMatchObject({ claimId: 'scope-exclusivity-unclear', conflict: true });
    expect(first('Anthropic gets all of Colossus 1 to itself.')?.claimId).toBe('scope-all-capacity');
  });

  it('set phrases ("for all the", "after all", "full stop") are not "all of Colossus 1"', () => {
    expect(first('For all the noise, Anthropic can tap into computing resources housed in Colossus 1.')?.claimId).toBe('scope-access-only');
    expect(first('After all, Anthropic gets access to Colossus 1.')?.claimId).toBe('scope-access-only');
    expect(first('Anthropic gets all of Colossus 1, full stop.')?.claimId).toBe('scope-all-capacity');
  });

  it('a fact after a concessive opening ("Whatever else you think of it,") is still the fact', () => {
    expect(first('Whatever else you think of the arrangement, the chips humming inside Colossus 1 are Nvidia GPUs, full stop.')?.topic).toBe('gpu-types');
  });
});

describe('a version with a wrong slot', () => {
  it('is still that version, not the one that names no such slot', () => {
    expect(first('Anthropic confidentially filed its draft IPO paperwork on 1 April 2026.')).toMatchObject({
      claimId: 'ipo-anthropic-confidential-filing',
      conflict: true,
      slots: [{ slot: 'date', page: '1 April 2026', preferred: '1 June 2026' }],
    });
  });
});

describe('a lease of another length', () => {
  it('is a wrong version of the lease term; a span that only dates something, or an idiom, is not', () => {
    expect(first('Musk said on May 28 that the Colossus 1 lease runs 18 months.')).toMatchObject({ claimId: 'term-lease-180-days', conflict: true });
    expect(first("Elon's own number for the Colossus 1 lease: a one-eighty-day term.")).toMatchObject({ claimId: 'term-lease-180-days', conflict: false });
    expect(first('Musk told followers about the lease four days after the deal was announced.')?.claimId).not.toBe('term-lease-180-days');
    expect(first('Musk has long argued that AI compute will one day run better in orbit.')?.claimId).toBe('musk-exploring-orbital');
  });
});

describe('who made the deal public', () => {
  it('the companies announcing it on another day is a wrong date; their own posts say who announced it', () => {
    expect(first('The two companies announced the deal on Friday, May 15.')).toMatchObject({ claimId: 'announced-2026-05-06', conflict: true });
    expect(first('Anthropic and xAI put the news out themselves, in posts on their own sites.')?.claimId).toBe('announced-by-the-companies');
  });
});

describe('the version a sentence denies', () => {
  it('"only part of it, not the whole" is the partial version and conflicts with the preferred one', () => {
    expect(first('Anthropic gets a portion of Colossus 1, not the entire cluster.')).toMatchObject({ claimId: 'scope-partial-share', conflict: true });
    expect(first('Anthropic gets the entire Colossus 1 cluster.')).toMatchObject({ claimId: 'scope-all-capacity', conflict: false });
  });

  it('"the whole cluster …, not a slice" denies the slice (a concept word), and its words do not make "not the whole"', () => {
    expect(first('The whole cluster goes to Claude, not a slice of it.')).toMatchObject({ claimId: 'scope-all-capacity', conflict: false });
  });

  it('a claim met only under a negation is denied, not stated, unless the claim itself says what is not so', () => {
    expect(first('The blackmail story was not about users extorting anyone with Claude.')).toBeNull();
    expect(first('The blackmail story was about users extorting people with Claude.')?.claimId).toBe('blackmail-user-misuse');
    expect(first('No price for the Colossus 1 agreement has been published by either party.')?.claimId).toBe('terms-undisclosed');
  });

  it('a purpose denied with "not to", "not for" or "not meant for" is not the purpose stated', () => {
    expect(first('The extra silicon is there to serve Claude to users and ease the capacity crunch, not to train the next model.')).toMatchObject({ claimId: 'use-claude-inference', conflict: false });
    expect(first('Colossus 1 will serve Claude to users, not for training new models.')?.claimId).toBe('use-claude-inference');
    expect(first('Anthropic will use Colossus 1 to train its next models.')?.claimId).toBe('use-model-training');
    // "Rather than" and "instead of" deny as "not" does.
    expect(first('Anthropic says the new compute will go toward serving Claude, running the models people already use, rather than training the next ones.')?.claimId).toBe('use-claude-inference');
  });

  it('a figure an order of magnitude off is a wrong version of the figure claim', () => {
    expect(first('The Colossus 1 cluster runs on roughly 3 gigawatts of power.')).toMatchObject({ claimId: 'power-over-300mw', conflict: true });
    expect(first('The Memphis supercomputer has more than 3 gigawatts of capacity.')).toMatchObject({ claimId: 'power-over-300mw', conflict: true });
  });
});

describe('other companies sharing a name with a claim', () => {
  it('sparing an aquifer is not spare capacity', () => {
    expect(first('xAI broke ground on a wastewater recycling plant in Memphis meant to spare the Memphis Sand aquifer.')).toBeNull();
    expect(first('Colossus 1 had been spare capacity that nobody else wanted.')?.claimId).toBe('colossus-1-underutilized');
  });

  it("Musk's years of attacks on another lab are not his feud with Anthropic", () => {
    expect(first('Musk has spent years attacking OpenAI on X over its for-profit conversion.')).toBeNull();
    expect(first('The deal ends years of criticism from Musk.')?.claimId).toBe('musk-hostility-years');
  });

  it('a supplier deal between other firms that names Nvidia is not about Colossus 1', () => {
    expect(first('Crusoe signed an agreement with Oracle for a cluster of Nvidia GPUs.')).toBeNull();
    expect(first("SpaceX's Colossus 1 runs on Nvidia GPUs.")?.topic).toBe('gpu-types');
  });

  it('conference chatter about the deal is not its announcement; the announcement is', () => {
    expect(first('The SpaceX agreement dominated coffee-break talk at the developer conference.')).toBeNull();
    expect(first('Anthropic announced the SpaceX agreement at its developer conference.')?.claimId).toBe('announced-at-code-with-claude');
  });
});

describe('who the sentence is about', () => {
  it('a name no alias knows that opens the sentence and acts in it is someone else', () => {
    expect(first('Bezos has predicted gigawatt-scale data centers in space within a couple of decades.')).toBeNull();
    expect(first('Nebius agreed to supply Nvidia GPUs to a European startup.')).toBeNull();
    // An ordinary opening word is no one.
    expect(first('Inside, Colossus 1 runs on Nvidia GPUs.')?.topic).toBe('gpu-types');
  });

  it('peoples, regions and kinds of place describe where, not who', () => {
    expect(first('The servers in question are standing in Memphis, in the American state of Tennessee.')?.claimId).toBe('facility-memphis');
    expect(first('The Facility that is the subject of the Agreement is situated in Memphis, Shelby County, Tennessee.')?.claimId).toBe('facility-memphis');
  });
});

describe("a claim's own product codes", () => {
  it('all three of its GPU models name what a sentence is about; two of them in a sentence about shipments do not', () => {
    expect(first('Hardware mix: Nvidia H100, H200 and GB200 accelerators')?.claimId).toBe('gpu-types-h100-h200-gb200');
    // A compound is what its first part is: "Blackwell-based" is no one unknown.
    expect(first('The racks hold a blend of Nvidia hardware: the H100, the H200 and the Blackwell-based GB200.')?.claimId).toBe('gpu-types-h100-h200-gb200');
    expect(first('Nvidia shipped H100 and GB200 systems to several cloud providers this year.')).toBeNull();
  });
});

describe('a wrong place', () => {
  it('a place no alias knows, where the sentence puts the data center, is a wrong version of where it is', () => {
    expect(first('The data center Anthropic is renting is up in Nashville.')).toMatchObject({
      claimId: 'facility-memphis',
      conflict: true,
      slots: [{ slot: 'entity', page: 'Nashville', preferred: 'Memphis, Tennessee' }],
    });
    // The wider place it names rightly does not make it right.
    expect(first('The data center Anthropic will draw on is located in Nashville, Tennessee.')).toMatchObject({ claimId: 'facility-memphis', conflict: true });
    expect(first('The data center Anthropic is renting is in Memphis.')).toMatchObject({ claimId: 'facility-memphis', conflict: false });
    expect(first('The facility Anthropic will draw on is located outside Nashville, Tennessee.')).toMatchObject({ claimId: 'facility-memphis', conflict: true });
  });

  it('the other Colossus, where Anthropic runs, is a wrong version of which machine it gets', () => {
    expect(first("Under the deal, Anthropic will run Claude on SpaceX's Colossus 2 supercomputer.")).toMatchObject({
      claimId: 'facility-colossus-1',
      conflict: true,
      slots: [{ slot: 'entity', page: 'Colossus 2', preferred: 'Colossus 1' }],
    });
    expect(first('xAI moved its Grok training to Colossus 2, freeing Colossus 1 for Anthropic.')?.claimId).toBe('training-moved-to-colossus-2');
  });

  it("someone else's data center in another city is not about the deal", () => {
    expect(first("Meta's new data center is located in Nashville.")).toBeNull();
  });
});
