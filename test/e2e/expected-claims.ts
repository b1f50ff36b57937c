/**
 * The claim sentences on each demo page, labelled BY HAND from the seed reports (never from the
 * matcher's output). The rule used: a sentence is a claim sentence when it states a checkable fact
 * about the Anthropic–SpaceX deal, its parties or the context the claim database covers (who, what,
 * how much, when, who backs whom, who said what), even when its subject is a pronoun ("It has backing
 * from Google and Amazon") or the fact sits inside an opinion ("…a critic who called it "evil," …").
 * Opinion, framing, speculation ("could, in time", "signals to investors") and headings are not.
 * A claim sentence is a conflict when what it states is ruled out by the best-supported reports
 * (the settling sources of the claim database); a vaguer but compatible version ("over 200,000 GPUs"
 * against "more than 220,000") is a claim, not a conflict.
 */
import type { DemoPage } from '../fixtures/pages/demo-pages';

export interface PageLabels {
  /** Sentences that state a claim consistent with the best-supported version: `deal-lens-claim`. */
  claims: string[];
  /** Sentences that state a version the best-supported reports rule out: `deal-lens-conflict`. */
  conflicts: string[];
  /** One claim sentence to hover, and (for a conflict) a pattern the card's preferred version must match. */
  hover: { sentence: string; preferred?: RegExp };
}

export const EXPECTED: Record<DemoPage['id'], PageLabels> = {
  // Seed 003, a news piece (TechCrunch layout).
  techcrunch: {
    claims: [
      'Just months after Elon Musk publicly accused Anthropic of stealing AI training data on a “massive scale,” the two entities have entered into a significant commercial partnership.',
      'SpaceX has signed a data center agreement with Anthropic, granting the AI developer access to substantial computing resources at its Colossus 1 supercomputer facility in Tennessee.',
      // Less precise than "more than 220,000", but compatible: a claim, not a conflict.
      'The deal provides Anthropic with the equivalent of over 200,000 Nvidia GPUs in processing power.',
      // Names Pro and Max; does not say "only" those plans, so it does not contradict the wider limits.
      'According to SpaceX, the agreement will directly enhance capacity for Claude Pro and Claude Max subscribers.',
      'Doubled Rate Limits: Claude Code usage limits have been doubled for Pro, Max, Team, and seat-based Enterprise plans.',
      'Removed Restrictions: Peak-hour restrictions for Claude Code have been eliminated for Pro and Max accounts.',
      'Expanded API Access: Limits for the advanced Claude Opus models have been raised.',
      'Anthropic has also listed existing data center agreements with tech giants like Amazon, Google, and Microsoft, signaling an aggressive expansion strategy.',
      'The deal with SpaceX is particularly notable because the aerospace giant acquired Musk’s own AI company, xAI, earlier this year.',
      // SpaceX (not Anthropic) is the one going public: agrees with the best-supported version.
      'For SpaceX, which is preparing for a potential summer initial public offering (IPO), scaling its data business quickly is a financial imperative.',
      'The NAACP issued a statement condemning the deal, citing concerns over pollution and health risks in historically Black communities near the Colossus 1 facility.',
      'Anthropic previously pledged in February to cover energy price increases driven by its data center activities, a commitment that critics question in light of these new partnerships.',
      'As public pushback against terrestrial data centers grows, some industry leaders, including Musk, are exploring alternative solutions, such as orbital AI compute capacity.',
      'Anthropic expressed interest in partnering with SpaceX to develop multiple gigawatts of such capacity as part of this agreement.',
    ],
    conflicts: [
      // The NAACP gave notice of intent to sue xAI (June 2025); no lawsuit against SpaceX was filed.
      'Legal Action: The NAACP has filed a lawsuit against SpaceX regarding environmental issues at the Tennessee site.',
    ],
    hover: {
      sentence:
        'SpaceX has signed a data center agreement with Anthropic, granting the AI developer access to substantial computing resources at its Colossus 1 supercomputer facility in Tennessee.',
    },
  },

  // Seed 001, a short newsletter that cites its sources inline (CNBC layout).
  cnbc: {
    claims: [
      "Anthropic has partnered with SpaceX to access the rocket company's GPU infrastructure, ending years of public hostility between the companies.",
      "The partnership will double Claude Code's rate limits (per Ars Technica) as Anthropic faces surging demand for its AI models.",
      "The collaboration marks a sharp reversal from Elon Musk's previous attacks on Anthropic.",
      'Musk had called the AI safety-focused company "evil" and "misanthropic" (per Gizmodo), criticizing its approach to AI development.',
      'Despite this history, SpaceX now provides the compute infrastructure Anthropic needs to serve customers.',
      'Anthropic is also exploring building compute capacity in space (per CNBC), suggesting the partnership extends beyond immediate GPU access to longer-term infrastructure planning.',
      // The opinion is the reader's to judge; the "evil" remark inside it is a checkable claim.
      'When Anthropic, a company focused on AI safety, must partner with a critic who called it "evil," the GPU shortage has reached critical levels.',
      "Musk's previous attempts to recruit Sam Altman to lead a Tesla AI lab (per Financial Times) show similar pragmatic pivots despite ongoing legal battles.",
    ],
    conflicts: [],
    hover: {
      sentence: "Anthropic has partnered with SpaceX to access the rocket company's GPU infrastructure, ending years of public hostility between the companies.",
    },
  },

  // Seed 002, a machine-written analysis that gets whose IPO it is and who built Colossus 1 wrong (WIRED layout).
  wired: {
    claims: [
      // "Full compute capacity" is what Anthropic's own announcement says: agrees.
      "On 6 May 2026, Anthropic announced it had signed a deal to use the full compute capacity of SpaceX's Colossus 1 data center to power its Claude AI models.",
      'It has backing from Google and Amazon — two companies that operate among the largest cloud infrastructure networks on earth.',
      "Anthropic's statement cited surging demand for Claude as the driver.",
      'Waiting times for API access have become a recurring complaint among developers integrating Claude into production workflows.',
      "Microsoft Azure hosts OpenAI's GPT models on hardware that Anthropic could, in principle, access through partnership negotiations.",
      'The fact that Anthropic went to Colossus 1 — a facility whose compute profile is largely built around GPU clusters sourced from NVIDIA — suggests the decision was driven as much by availability and speed of deployment as by architectural preference.',
      // Vague and unverified, but not ruled out by any report: a claim, not a conflict.
      'Colossus 1 has been expanding rapidly.',
      // "xAI" starts with a lower-case letter: the sentence still ends before it.
      "xAI's Grok models have been positioned as an alternative to ChatGPT and Claude, deployed through X (formerly Twitter) and sold as an API product.",
      'The company has been constructing facilities in Texas and elsewhere that are sized for workloads far beyond what xAI currently runs.',
      'SpaceX already holds significant government contracts.',
      'Starlink is embedded in Ukrainian military operations.',
      'The company has DoD relationships that are deeper and more numerous than most of its commercial peers in the private space sector.',
      "Microsoft's Azure hosts OpenAI.",
    ],
    conflicts: [
      // Colossus 1 was built by xAI for Grok, not stood up by SpaceX for Starlink/Starship workloads.
      "SpaceX's infrastructure team has been aggressive in standing up GPU capacity, leveraging relationships in the supply chain that the company built for its own internal machine learning workloads on Starlink optimization and Starship simulation.",
      // The IPO expected in June is SpaceX's, not Anthropic's.
      "Anthropic's planned June IPO provides important context for the deal's timing.",
      'For Anthropic, the deal solves an immediate capacity problem and provides a narrative asset ahead of its IPO.',
      'The AI lab is heading into a public markets debut under conditions of intense scrutiny about its path to profitability and its infrastructure costs.',
      // Anthropic and xAI announced the deal themselves; the wire outlets did not break it.
      'This article was written with reporting from The Indian Express, Decrypt, and CoinDesk, which broke the story on 6 May 2026.',
    ],
    hover: {
      sentence: "Anthropic's planned June IPO provides important context for the deal's timing.",
      preferred: /SpaceX[^.]*\b(IPO|initial public offering|public)|\b(IPO|initial public offering)\b[^.]*SpaceX/i,
    },
  },

  // Seed 004 excerpts on a site outside the outlet list, read only after "Scan this page".
  unlisted: {
    claims: [
      'On May 6, 2026, Anthropic and SpaceX announced a compute partnership that gives Anthropic access to SpaceX’s Colossus 1 data center in Memphis, Tennessee [2][3][4][5].',
      'Anthropic said the additional capacity would support Claude Pro, Claude Max, Claude Code, and Claude API products [4][8].',
      'Tom Brown from Anthropic also indicated that Claude inference would begin ramping on Colossus “in the next few days” after the announcement [9].',
    ],
    conflicts: [],
    hover: {
      sentence:
        'On May 6, 2026, Anthropic and SpaceX announced a compute partnership that gives Anthropic access to SpaceX’s Colossus 1 data center in Memphis, Tennessee [2][3][4][5].',
    },
  },
  // Written for the tests: the sentences after the first name their parties only as "he", "the company"
  // and "the machine"; a reader takes them from the sentences before. The Meta pair is about Meta.
  context: {
    claims: [
      'In February, Elon Musk called Anthropic evil and misanthropic in posts on X.',
      'He also accused the company of stealing the data it trained its models on.',
      'Three months later, Anthropic signed a deal to run Claude on SpaceX’s Colossus 1 supercomputer in Memphis.',
      'The machine was put together by xAI to train its Grok chatbot.',
    ],
    conflicts: [],
    hover: { sentence: 'He also accused the company of stealing the data it trained its models on.' },
  },
};
