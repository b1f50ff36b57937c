/** A small hand-written claim pack for the matcher and verdict tests (not the bundled database). */
import type { ClaimPack } from '../../src/claims/types';

export const MINI_PACK: ClaimPack = {
  meta: { name: 'mini', version: '1', asOf: '2026-05-11' },
  reports: [
    { id: 'r1', publisher: 'Outlet One', kind: 'news' },
    { id: 'r2', publisher: 'Outlet Two', kind: 'analysis' },
  ],
  claims: [
    {
      id: 'deal-signed',
      topic: 'agreement',
      statement: 'Anthropic signed a deal with SpaceX for compute capacity at Colossus 1.',
      slots: { date: '2026-05-06', entities: ['Anthropic', 'SpaceX'] },
      variants: [
        'Anthropic and SpaceX announced a compute partnership',
        'SpaceX will give Anthropic access to its Colossus 1 data center',
        'Anthropic strikes compute deal with SpaceX',
      ],
      anchors: [['Anthropic', 'Claude'], ['SpaceX'], ['deal', 'agreement', 'partnership', 'partner', 'access', 'signed', 'lease', 'compute']],
      appearances: [{ report: 'r1', quote: null, cites: [] }],
      status: 'corroborated',
    },
    {
      id: 'gpus-220k',
      topic: 'gpu-count',
      statement: 'Colossus 1 has more than 220,000 NVIDIA GPUs.',
      slots: { quantity: { value: 220000, bound: 'over', unit: 'gpu' } },
      variants: ['a facility packing more than 220,000 NVIDIA GPUs', 'Colossus 1 houses over 220,000 GPUs'],
      anchors: [['Colossus 1', 'Memphis', 'SpaceX', 'Anthropic'], ['GPU', 'GPUs', 'chips', 'accelerators']],
      appearances: [{ report: 'r1', quote: null, cites: [] }],
      status: 'corroborated',
    },
    {
      id: 'gpus-200k',
      topic: 'gpu-count',
      statement: 'The deal gives Anthropic the equivalent of over 200,000 Nvidia GPUs.',
      slots: { quantity: { value: 200000, bound: 'over', unit: 'gpu' } },
      variants: ['the equivalent of over 200,000 Nvidia GPUs in processing power'],
      anchors: [['Colossus 1', 'Memphis', 'SpaceX', 'Anthropic'], ['GPU', 'GPUs', 'chips', 'accelerators']],
      appearances: [{ report: 'r2', quote: null, cites: [] }],
      status: 'single-source',
      lessPreciseOf: 'gpus-220k',
    },
    {
      id: 'built-by-xai',
      topic: 'facility-origin',
      statement: 'Colossus 1 was built by xAI to train Grok.',
      slots: { entities: ['xAI', 'Grok'] },
      variants: ['xAI built the Memphis supercomputer for Grok', 'Colossus 1 was originally built to train Grok models'],
      anchors: [['Colossus 1', 'Memphis'], ['built', 'build', 'constructed', 'originally', 'train', 'used']],
      appearances: [{ report: 'r1', quote: null, cites: [] }],
      status: 'corroborated',
    },
    {
      id: 'built-for-starlink',
      topic: 'facility-origin',
      statement: 'The Memphis data center was originally built to support Starlink.',
      slots: { entities: ['Starlink'] },
      variants: ['originally built to support Starlink operations', 'SpaceX built the Memphis facility for Starlink'],
      anchors: [['Colossus 1', 'Memphis'], ['Starlink']],
      appearances: [{ report: 'r2', quote: null, cites: [] }],
      status: 'contradicted',
    },
  ],
  conflicts: [
    { id: 'gpu-count', kind: 'numeric', explanation: 'GPU counts differ.', claims: ['gpus-220k', 'gpus-200k'], preferred: 'gpus-220k' },
    {
      id: 'origin',
      kind: 'entity',
      explanation: 'Who the data center was built for.',
      claims: ['built-by-xai', 'built-for-starlink'],
      preferred: 'built-by-xai',
    },
  ],
};
