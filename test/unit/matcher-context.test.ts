/**
 * Sentences of one page are read in order: "he", "the lab", "the company" and "the machine" stand for
 * the party named before them, as a reader takes them. Each case is checked against the same sentence
 * read alone (which names nobody and so states nothing), so a matcher that ignored context fails.
 */
import { describe, expect, it } from 'vitest';
import { firstMatch, pageClaims } from './bundled-matcher';

describe('a referring expression takes the party named before it', () => {
  it('"he" after a sentence about Musk', () => {
    const later = 'He also accused Anthropic of stealing the data it trained on.';
    expect(firstMatch(later)).toBeNull();
    expect(pageClaims(['Elon Musk spent the winter attacking Anthropic on X.', later])[1]).toBe('musk-accused-data-theft');
  });

  it('"the lab" and then "the company", each following the one before', () => {
    const page = [
      'Anthropic was started in 2021 by former OpenAI researchers.',
      'The lab is known above all for Constitutional AI, a way of steering models with written principles.',
      'Google and Amazon have each invested in the company.',
    ];
    expect(firstMatch(page[1])).toBeNull();
    expect(pageClaims(page).slice(1)).toEqual(['constitutional-ai', 'backed-by-google-amazon']);
  });

  it('"the organization" after a sentence naming the NAACP', () => {
    const later = 'The organization has now filed a lawsuit against SpaceX.';
    expect(firstMatch(later)).toBeNull();
    expect(pageClaims(['The NAACP has long opposed the gas turbines in South Memphis.', later])[1]).toBe('naacp-sued-spacex');
  });

  it('an opening "Its" takes the subject of the sentence before', () => {
    const later = 'Its power draw exceeds 300 megawatts.';
    expect(firstMatch(later)).toBeNull();
    expect(pageClaims(['Colossus 1 sits in a former Electrolux factory in Memphis.', later])[1]).toBe('power-over-300mw');
  });

  it('"the machine" after a sentence naming Colossus 2 is Colossus 2, not the deal\'s machine', () => {
    const later = 'The machine was put together by xAI to train Grok.';
    expect(pageClaims(['Colossus 1 sits in a former factory in Memphis.', later])[1]).toBe('origin-built-by-xai');
    expect(pageClaims(['Colossus 2 is going up on the other side of Memphis.', later])[1]).toBeNull();
  });
});

describe('more ways to refer back', () => {
  it('"that startup" is the lab named before; "the site" spelled as Colossus 2 from the page is a guess that rules out no Colossus 1 claim', () => {
    expect(pageClaims(["Musk's AI startup xAI built Colossus 1 to train Grok.", "SpaceX, the billionaire's rocket company, bought that startup in February."])[1]).toBe('spacex-acquired-xai');
    expect(firstMatch("SpaceX, the billionaire's rocket company, bought that startup in February.")).toBeNull();
    expect(pageClaims(['xAI moved its own training to Colossus 2 last year.', 'The civil rights group had notified xAI in June 2025 that it intended to sue over gas turbines at the site.'])[1]).toBe('naacp-intent-to-sue-xai');
  });
});

describe('ordinary openings and speaker labels name no one', () => {
  it('"Inside the racks…" is not a company called Inside; "Meta opened…" still is someone else', () => {
    expect(firstMatch('Inside the racks sit three kinds of Nvidia silicon: H100 and H200 boards next to GB200 superchips.')?.claimId).toBe('gpu-types-h100-h200-gb200');
    expect(pageClaims(['Meta opened a new data center in Ohio last week.', 'The racks hold a mix of Nvidia H100, H200 and GB200 chips.'])[1]).toBeNull();
  });

  it('a dateline is where the reporter files from, not where anyone is', () => {
    expect(firstMatch('SAN FRANCISCO — Anthropic said on Thursday that it had hired a new chief financial officer.')).toBeNull();
    expect(firstMatch('Anthropic is based in San Francisco.')?.claimId).toBe('anthropic-san-francisco');
  });

  it('a transcript\'s speaker label is who speaks, not a party of what is said', () => {
    expect(pageClaims(['Elon Musk spent years attacking Anthropic.', 'MAYA: Technically he said their AI was "misanthropic" and "evil," which, okay, good pun.'])[1]).toBe('musk-called-evil-misanthropic');
    expect(firstMatch('NAACP: Anthropic-SpaceX deal threatens health of Black neighborhoods')?.claimId).toBe('naacp-condemned-deal');
  });
});

describe('an opening "It"', () => {
  it('"It\'s" too', () => {
    expect(pageClaims(['Colossus 1 sits in a former factory in Memphis.', "It's still one of the biggest AI supercomputers on the planet."])[1]).toBe('colossus-1-among-largest');
  });

  it('stands for the subject of the sentence before, like an opening "Its"', () => {
    const later = 'It is known for an approach it calls Constitutional AI, which trains its models to follow a written set of values.';
    expect(firstMatch(later)).toBeNull();
    expect(pageClaims(['Anthropic was started in 2021 by former OpenAI researchers.', later])[1]).toBe('constitutional-ai');
  });

  it('the party it is spelled out as is a guess: it never makes the sentence about someone else', () => {
    expect(pageClaims(['Anthropic rents Colossus 1 from SpaceX.', 'It has racked up 919,530 downloads on Hugging Face.'])[1]).toBe('minimax-downloads');
  });
});

describe('the deal\'s facility by default', () => {
  it('"the cluster" on a page (or in a sentence) that has named no facility is Colossus 1', () => {
    expect(firstMatch('The cluster mixes three generations of Nvidia hardware: H100s, H200s and the newer GB200s.')?.claimId).toBe('gpu-types-h100-h200-gb200');
    expect(firstMatch('The Claude maker is taking the entire capacity of the supercomputer, every last rack of it.')?.claimId).toBe('scope-all-capacity');
    // The figure is not Colossus 1's: a wrong version.
    expect(firstMatch('The cluster holds 150,000 GPUs.')).toMatchObject({ claimId: 'gpu-count-over-220k', conflict: true });
    expect(firstMatch('The said supercomputer houses 120K graphics processors of Nvidia.')).toMatchObject({ claimId: 'gpu-count-over-220k', conflict: true });
    expect(firstMatch('The Memphis system has roughly 200,000 GPUs.')).toMatchObject({ claimId: 'gpu-count-about-200k', conflict: true });
  });

  it('not after the page has named someone no alias knows, nor for a facility the sentence gives another owner', () => {
    const later = 'The cluster mixes three generations of Nvidia hardware: H100s, H200s and the newer GB200s.';
    expect(pageClaims(['Meta has opened a new AI campus in Ohio.', later])[1]).toBeNull();
    expect(firstMatch('The Memphis data center of a local bank was upgraded last year.')).toBeNull();
  });
});

describe('which party is meant', () => {
  it('a Memphis supercomputer described but not named is Colossus 1 for "the machine" and "the facility" after it, where a facility elsewhere is not', () => {
    expect(pageClaims(['Anthropic will rent a sprawling supercomputer in South Memphis from SpaceX.', 'The machine was put together by xAI to train Grok.'])[1]).toBe('origin-built-by-xai');
    const later = 'At full tilt, the facility draws more than 300 megawatts.';
    expect(pageClaims(['Meta will rent a sprawling supercomputer in Ohio.', later])[1]).toBeNull();
    expect(pageClaims(['Anthropic will rent the Memphis site from SpaceX.', later])[1]).toBe('power-over-300mw');
  });

  it('in a sentence about Claude, "the company" is its maker, though the page has just been about SpaceX', () => {
    const later = 'Google and Amazon back the company, which makes Claude.';
    expect(firstMatch(later)).toBeNull();
    expect(pageClaims(['SpaceX has leased Colossus 1 to Anthropic.', 'SpaceX also launched more Starlink satellites this week.', later])[2]).toBe('backed-by-google-amazon');
  });

  it('the spelled-out party\'s words may lift a claim over its bar when the sentence\'s own words fall just short', () => {
    // Its own words ("rack", "Memphis machine", "goes to") score under the bar; "the lab" spelled as
    // Anthropic, and "the Memphis machine" as Colossus 1, add the claim's names.
    const later = 'Every last rack of the Memphis machine goes to the lab, it said.';
    expect(pageClaims(['Anthropic has struck a deal with SpaceX.', later])[1]).toBe('scope-all-capacity');
  });

  it('a spelled-out party opens the gate but does not change what the sentence is about', () => {
    const later = 'The lab says Claude will run on the machine within days.';
    expect(firstMatch(later)?.claimId).toBe('ramp-next-few-days');
    expect(pageClaims(['Anthropic rents Colossus 1 from SpaceX.', 'SpaceX also launched more Starlink satellites this week.', later])[2]).toBe('ramp-next-few-days');
  });
});

describe('context never invents a party', () => {
  it('a company the aliases do not know, named in between, is who "the company" means', () => {
    const start = 'Anthropic is renting the Colossus 1 supercomputer from SpaceX.';
    const later = 'The company said it holds more than 220,000 GPUs there.';
    expect(pageClaims([start, 'Meta opened a new data center this spring.', later])[2]).toBeNull();
    expect(pageClaims([start, 'Meta, meanwhile, opened a new data center in Ohio.', later])[2]).toBeNull();
    expect(pageClaims(['Meta opened a new data center in Ohio this spring.', later])).toEqual([null, null]);
  });

  it('a name inside the sentence is who "his" means, not Musk', () => {
    const later = 'Dario Amodei said his company was leasing the data center in Memphis because demand for Claude had outgrown its supply.';
    expect(firstMatch(later)?.claimId).toBe('facility-memphis');
    expect(pageClaims(['Musk has praised the Anthropic team since the deal.', later])[1]).toBe('facility-memphis');
  });

  it('"the San Francisco company" refers like "the company"', () => {
    const later = 'The San Francisco company was founded in 2021 by the siblings Dario and Daniela Amodei.';
    expect(firstMatch(later)).toBeNull();
    expect(pageClaims(['Anthropic submitted a confidential draft registration.', later])[1]).toBe('anthropic-founded-2021');
  });

  it('a person the claims name ("Dario and Daniela Amodei") is no one unknown: "the lab" after them is still Anthropic', () => {
    const page = ['Anthropic submitted a confidential draft registration.', 'It was founded by the siblings Dario and Daniela Amodei.', 'Bankers say the Memphis contract hands the lab a ready-made story for its roadshow.'];
    expect(pageClaims(page)[2]).toBe('ipo-anthropic-roadshow');
    expect(pageClaims([page[0], 'Pat and Sam Ortega founded a startup of their own that spring.', page[2]])[2]).toBeNull();
  });

  it('"the billionaire" is who the page is about, whatever capitalised words come before it', () => {
    const later = 'As recently as February, the billionaire called Anthropic\'s AI "misanthropic" and "evil" in posts on X.';
    expect(pageClaims(['Elon Musk spent years attacking Anthropic.', later])[1]).toBe('musk-called-evil-misanthropic');
  });

  it('a day or a company named before "he" is no one else', () => {
    expect(pageClaims(['Elon Musk spent the winter attacking Anthropic on X.', 'On Thursday, he accused Anthropic of stealing the data it trained on.'])[1]).toBe('musk-accused-data-theft');
  });

  it('a party named long before is out of focus', () => {
    const filler = Array.from({ length: 8 }, (_, i) => `It rained in the valley for ${i + 2} days in a row.`);
    const later = 'The lab is known above all for Constitutional AI, a way of steering models with written principles.';
    expect(pageClaims(['Anthropic was started in 2021 by former OpenAI researchers.', ...filler, later]).at(-1)).toBeNull();
  });
});

describe('streets and directions are places, not parties', () => {
  it('a street address in between does not take the deal\'s machine out of focus', () => {
    const page = ['Anthropic will rent Colossus 1 from SpaceX.', 'Its servers sit off Paul R. Lowry Road in Southwest Memphis.', 'The machine draws more than 300 megawatts.'];
    expect(pageClaims(page)[2]).toBe('power-over-300mw');
  });
});

describe('the subject of the sentence before', () => {
  const before = "Anthropic said Claude's own blackmail attempts traced back to fiction about evil AI.";
  it('a sentence referring back right after a claim may go on about its subject without naming it', () => {
    const later = 'TechCrunch reported it on May 10, four days after the deal.';
    expect(firstMatch(later)).toBeNull();
    expect(pageClaims([before, later])[1]).toBe('blackmail-reported-may-10');
  });

  it('only if it says something of the claim itself, and only right after it', () => {
    expect(pageClaims([before, 'None of that holds up.'])[1]).toBeNull();
    expect(pageClaims([before, 'The weather in Memphis was mild.', 'TechCrunch reported it on May 10, four days after the deal.'])[2]).toBeNull();
  });
});

describe('a page about the deal', () => {
  const opening = 'Anthropic has agreed to rent Colossus 1 from SpaceX.';
  it('a later sentence that names none of its parties is about the deal', () => {
    const later = 'The news came out on Wednesday, May 6.';
    expect(firstMatch(later)).toBeNull();
    expect(pageClaims([opening, later])[1]).toBe('announced-2026-05-06');
    // A supplier is not a party: the figure is still the deal's.
    expect(pageClaims([opening, 'In raw terms that is the equivalent of over 200,000 Nvidia GPUs.'])[1]).toBe('gpu-count-over-200k');
  });

  it('not once the page has named someone no alias knows, nor for a heading or a timestamp line', () => {
    const later = 'The news came out on Wednesday, May 6.';
    expect(pageClaims([opening, 'Meta, meanwhile, opened a data center in Ohio.', later])[2]).toBeNull();
    expect(pageClaims([opening, 'The news came out on Wednesday, May 6'])[1]).toBeNull();
  });

  it('only for a while: a dozen sentences after the last one naming both sides, the deal is out of view', () => {
    const later = 'The news came out on Wednesday, May 6.';
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `The weather in the city was mild on day ${i + 1} of the festival.`);
    expect(pageClaims([opening, ...filler(10), later])[11]).toBe('announced-2026-05-06');
    expect(pageClaims([opening, ...filler(13), later])[14]).toBeNull();
  });
});
