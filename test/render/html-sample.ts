// A small comparison in the arqam.compare/1 shape for renderer tests, with hostile
// text in the places where article text ends up (quote, outlet, source, subject, ids).

import type { CompareLike, FigureLike } from '../../src/render/model.js';

export const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">"' & =cmd|'/C calc'!A0`;

function claim(document: string, value: number | null, extra: Partial<FigureLike>, sentence: string, number: string): FigureLike {
  const quoteStart = 100;
  const at = sentence.indexOf(number);
  return {
    document,
    measure: 'killed',
    value,
    min: value,
    max: value,
    qualifier: 'exact',
    subject: { text: null, role: 'all', party: null },
    source: null,
    asOf: '2022-01-22',
    start: quoteStart + at,
    end: quoteStart + at + number.length,
    quote: sentence,
    quoteStart,
    ...extra,
  };
}

export const sampleComparison: CompareLike = {
  schema: 'arqam.compare/1',
  documents: [
    { id: 'a.txt', outlet: 'عنب بلدي', published: '2022-01-22' },
    { id: 'b.txt', outlet: 'الشرق الأوسط', published: '2022-01-23' },
    { id: 'c<script>.txt', outlet: HOSTILE, published: '2022-01-24' },
  ],
  groups: [
    {
      event: 'Hasakah 2022-01',
      measure: 'killed',
      subject: { text: null, role: 'all', party: null },
      status: 'update',
      claims: [
        claim('a.txt', 67, { source: { text: 'المرصد السوري', canonical: 'SOHR' }, asOf: '2022-01-22' }, 'ارتفعت حصيلة القتلى إلى 67 قتيلا، بحسب المرصد السوري.', '67'),
        claim('b.txt', 89, { source: { text: 'المرصد السوري', canonical: 'SOHR' }, asOf: '2022-01-23' }, 'وارتفع عدد القتلى إلى 89 شخصا.', '89'),
        claim('c<script>.txt', 123, { source: { text: 'المرصد السوري', canonical: 'SOHR' }, asOf: '2022-01-24' }, `قتل 123 شخصا ${HOSTILE}`, '123'),
      ],
      summary: { min: 67, max: 123, latest: 123, conservative: 67 },
    },
    {
      event: 'Hasakah 2022-01',
      measure: 'killed',
      subject: { text: 'عناصر قسد', role: 'fighters', party: 'SDF' },
      status: 'conflict',
      claims: [
        claim('a.txt', 17, { source: { text: 'قسد', canonical: 'SDF' } }, 'وقالت قسد إن 17 من عناصرها قتلوا.', '17'),
        claim('a.txt', 200, { qualifier: 'moreThan', min: 201, max: null, source: { text: 'داعش', canonical: 'ISIS', via: { text: 'فرات بوست', canonical: 'Furat Post' } } }, 'وزعم التنظيم مقتل أكثر من 200 عنصر.', 'أكثر من 200'),
        claim('c<script>.txt', 7, { source: { text: HOSTILE, canonical: null }, subject: { text: HOSTILE, role: 'fighters', party: 'SDF' } }, 'قتل 7 من عناصر قسد.', '7'),
      ],
      summary: { min: 7, max: 200 },
    },
    {
      event: 'Hasakah 2022-01',
      measure: 'killed',
      subject: { text: 'مدنيين', role: 'civilians', party: null },
      status: 'agree',
      claims: [
        claim('a.txt', 5, {}, 'و5 مدنيين.', '5'),
        claim('b.txt', 5, {}, 'بينهم 5 مدنيين.', '5'),
      ],
    },
    {
      event: 'Hasakah 2022-01',
      measure: 'killed',
      subject: { text: null, role: 'fighters', party: 'ISIS' },
      status: 'partial',
      claims: [
        claim('a.txt', 39, {}, 'بينهم 39 من عناصر التنظيم.', '39'),
        claim('b.txt', 16, { period: 'مساء السبت' }, 'قتل 16 مساء السبت وحده.', '16'),
      ],
    },
  ],
  checks: [{ kind: 'breakdown', document: 'a.txt', total: 67, sum: 67, ok: true, message: `39 + 5 + 23 = 67 ${HOSTILE}` }],
};
