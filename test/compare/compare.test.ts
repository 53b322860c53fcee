// The comparison on hand-built figures: statuses, sides, events, checks, order independence.
import { describe, expect, it } from 'vitest';
import { compareFigures } from '../../src/compare/compare.js';
import type { Figure } from '../../src/figures/types.js';
import { doc, fig, said } from './helpers.js';

const only = (figures: Figure[], docs = [doc('a'), doc('b'), doc('c')]) => compareFigures(docs, figures).groups;

describe('status of a group', () => {
  it('agree: equal counts from two sources', () => {
    const [g] = only([fig('a', 'killed', 5, { source: said('sohr') }), fig('b', 'killed', 5, { source: said('un') })]);
    expect(g!.status).toBe('agree');
  });

  it('agree: "about 100" overlaps 95', () => {
    const [g] = only([fig('a', 'killed', 100, { qualifier: 'approx' }), fig('b', 'killed', 95)]);
    expect(g!.status).toBe('agree');
  });

  it('conflict: "more than 200" against 17 from another claimant', () => {
    const [g] = only([fig('a', 'killed', 17, { source: said('sdf') }), fig('a', 'killed', 200, { qualifier: 'moreThan', min: 201, max: null, source: said('isis') })]);
    expect(g!.status).toBe('conflict');
    expect(g!.summary.conflicts).toHaveLength(1);
  });

  it('update: one claimant raising its toll', () => {
    const [g] = only([fig('a', 'killed', 67, { source: said('sohr') }), fig('b', 'killed', 89, { source: said('sohr') }), fig('c', 'killed', 123, { source: said('sohr') })]);
    expect(g!.status).toBe('update');
    expect(g!.summary.series).toHaveLength(1);
    expect(g!.summary.series[0]!.points.map((p) => p.value)).toEqual([67, 89, 123]);
  });

  it('update: a later, larger running total from another claimant', () => {
    const [g] = only([fig('a', 'killed', 10, { asOf: '2024-01-01' }), fig('b', 'killed', 30, { asOf: '2024-01-03', source: said('un') })]);
    expect(g!.status).toBe('update');
    expect(g!.summary.latest?.value).toBe(30);
    expect(g!.summary.conservative?.value).toBe(10);
  });

  it('update, not conflict: an earlier toll quoted in one report against another outlet\'s current count', () => {
    // "وكانت حصيلة سابقة أفادت بمقتل 43" next to the new 60, and another outlet's 60 the same day.
    const day = { asOf: '2024-03-10', asOfFrom: 'document' as const };
    const [g] = only([fig('a', 'killed', 43, { ...day, earlier: true }), fig('a', 'killed', 60, day), fig('b', 'killed', 60, day)]);
    expect(g!.status).toBe('update');
    expect(g!.summary.latest?.value).toBe(60);
    const points = g!.summary.series.find((s) => s.claimant === 'outlet:outlet-a')!.points;
    expect(points.map((p) => [p.value, p.earlier ?? false])).toEqual([
      [43, true],
      [60, false],
    ]);
  });

  it('the latest count of a day is the current one, not a higher earlier value', () => {
    const day = { asOf: '2024-03-10', asOfFrom: 'document' as const };
    const [g] = only([fig('a', 'killed', 50, { ...day, earlier: true }), fig('a', 'killed', 45, day)]);
    expect(g!.summary.latest?.value).toBe(45);
    expect(g!.status).toBe('update');
  });

  it('conflict: two populations of one prison are not an update', () => {
    const [g] = only([
      fig('a', 'detained', 5000, { qualifier: 'approx', asOf: '2024-01-01', subject: { text: '', role: 'prisoners', party: 'isis' } }),
      fig('b', 'detained', 3500, { qualifier: 'approx', asOf: '2024-01-03', subject: { text: '', role: 'prisoners', party: null } }),
    ]);
    expect(g!.status).toBe('conflict');
  });

  it('partial: a count for one evening next to a total', () => {
    const [g] = only([fig('a', 'killed', 56, { source: said('sohr') }), fig('b', 'killed', 16, { period: { text: 'مساء امس وحدها', kind: 'partial' } })]);
    expect(g!.status).toBe('partial');
    expect(g!.claims.find((c) => c.value === 16)!.partial).toBe(true);
  });

  it('partial claims do not turn agreement into conflict', () => {
    const [g] = only([fig('a', 'killed', 5), fig('b', 'killed', 5), fig('c', 'killed', 1, { period: { text: 'خلال 24 ساعة', kind: 'partial' } })]);
    expect(g!.status).toBe('agree');
  });

  it('partial: in one article, a toll dated by its own sentence is another time than an undated one', () => {
    const [g] = only([
      fig('a', 'killed', 3, { source: said('isis') }),
      fig('a', 'killed', 32, { asOf: '2016-03-22', asOfFrom: 'sentence' }),
    ]);
    expect(g!.status).toBe('partial');
  });

  it('conflict: two claimants in one article, both undated', () => {
    const [g] = only([fig('a', 'killed', 17, { source: said('sdf') }), fig('a', 'killed', 200, { source: said('isis') })]);
    expect(g!.status).toBe('conflict');
  });

  it('single: one claim', () => {
    const [g] = only([fig('a', 'released', 800, { qualifier: 'moreThan', min: 801, max: null })]);
    expect(g!.status).toBe('single');
  });
});

describe('groups', () => {
  it('separates measures and kinds of people', () => {
    const groups = only([
      fig('a', 'killed', 5, { subject: { text: '', role: 'civilians', party: null } }),
      fig('b', 'killed', 5, { subject: { text: '', role: 'civilians', party: null } }),
      fig('a', 'wounded', 9),
      fig('a', 'killed', 40),
    ]);
    expect(groups.map((g) => `${g.measure}/${g.subject.key}`).sort()).toEqual(['killed/role:all', 'killed/role:civilians', 'wounded/role:all']);
  });

  it('puts security forces of one side together, and infers the side of unnamed guards', () => {
    const groups = only([
      fig('a', 'killed', 17, { subject: { text: '', role: 'security', party: 'sdf' } }),
      fig('b', 'killed', 7, { subject: { text: '', role: 'security', party: 'asayish' } }),
      fig('c', 'killed', 23, { subject: { text: '', role: 'guards', party: null } }),
      fig('c', 'killed', 39, { subject: { text: '', role: 'fighters', party: 'isis' } }),
    ]);
    const sdf = groups.find((g) => g.subject.key === 'side:sdf')!;
    expect(sdf.claims.map((c) => c.value).sort((x, y) => x! - y!)).toEqual([7, 17, 23]);
    expect(groups.find((g) => g.subject.key === 'side:isis')!.claims).toHaveLength(1);
  });

  it('a person speaks for their organisation', () => {
    const groups = only([fig('a', 'killed', 5, { source: { text: 'x', canonical: 'guterres', from: 'verb' } })]);
    expect(groups[0]!.claims[0]!.claimant).toBe('un');
  });
});

describe('events', () => {
  it('keeps unrelated stories apart', () => {
    const c = compareFigures(
      [doc('a', ['hasakah']), doc('b', ['hasakah']), doc('c', ['mosul'])],
      [fig('a', 'killed', 5), fig('b', 'killed', 9), fig('c', 'killed', 5)],
    );
    expect(c.events.map((e) => e.documents)).toEqual([['a', 'b'], ['c']]);
    expect(c.groups).toHaveLength(2);
  });

  it('keeps undated stories in one city apart when their headlines and leads differ', () => {
    // A knife attack and a flood in one city, neither dated: a shared place is not enough.
    const c = compareFigures(
      [doc('a', ['baghdad'], null, { lead: ['هجوم', 'بسكين', 'سوق'] }), doc('b', ['baghdad'], null, { lead: ['سيول', 'تجتاح', 'احياء'] })],
      [fig('a', 'killed', 3), fig('b', 'killed', 12)],
    );
    expect(c.events.map((e) => e.documents)).toEqual([['a'], ['b']]);
    expect(c.groups.filter((g) => g.status === 'conflict')).toEqual([]);
  });

  it('joins undated stories with alike headlines and leads', () => {
    // The headline and lead words of two real reports (bench corpus, snn:sn-2015-07-21-01415 and
    // snn:sn-2015-07-22-00369): "«ناقة سائبة» تحصد أرواح أب وزوجته وابنتيه بجازان" and
    // "وفاة 4 وإصابة 3 في حادث اصطدام بناقة سائبة في جازان".
    const a = 'ناقه سائبه تحصد ارواح زوجته ابنتيه بجازان وقع صباح يوم حادث اصطدام مركبه بناقه علي طريق مضايا جازان اربعه اشخاص عائله احده مصرعهم اصيب ثلاثه اخرون اوضح بيشي صرخي متحدث رسمي هلال احمر بانه ورد بلاغ';
    const b = 'وفاه اصابه حادث اصطدام بناقه سائبه جازان لقي اربعه اشخاص عائله احده مصرعهم اصيب ثلاثه اخرون سياره علي احدي طرق منطقه امس اوضح ناطق اعلامي بفرع هيئه هلال احمر سعودي بيشي عيسي صرخي غرفه عمليات تلقت بلاغا';
    const c = compareFigures(
      [doc('a', ['jazan'], null, { lead: a.split(' ') }), doc('b', ['jazan'], null, { lead: b.split(' ') }), doc('c', ['riyadh'], null, { lead: ['مؤتمر'] })],
      [fig('a', 'killed', 4), fig('b', 'killed', 4), fig('c', 'killed', 1)],
    );
    expect(c.events[0]!.documents).toEqual(['a', 'b']);
  });

  it('joins undated stories that count the same people and share several actors and places', () => {
    const actors = ['isis', 'sdf', 'coalition', 'asayish'];
    const c = compareFigures(
      [doc('a', ['hasakah'], null, { lead: ['بيان'], actors }), doc('b', ['hasakah'], null, { lead: ['تغطيه'], actors })],
      [fig('a', 'killed', 17), fig('b', 'killed', 28)],
    );
    expect(c.events[0]!.documents).toEqual(['a', 'b']);
    expect(c.groups[0]!.status).toBe('conflict');
  });

  it('splits one place far apart in time when dates are firm', () => {
    const c = compareFigures([doc('a', ['hasakah'], '2022-01-21'), doc('b', ['hasakah'], '2023-06-01')], [fig('a', 'killed', 5), fig('b', 'killed', 9)]);
    expect(c.events).toHaveLength(2);
  });

  it('never compares a figure about another event with the main one', () => {
    const c = compareFigures([doc('a'), doc('b')], [fig('a', 'killed', 5), fig('b', 'killed', 11, { otherEvent: true, otherEventKey: 'place:iq' })]);
    expect(c.groups.map((g) => g.event).sort()).toEqual(['e1', 'x:place:iq']);
    expect(c.events.find((e) => e.id === 'x:place:iq')?.other).toBe(true);
  });
});

describe('checks', () => {
  it('checks every breakdown', () => {
    const total = fig('a', 'killed', 67);
    const parts = [39, 5, 23].map((v) => fig('a', 'killed', v, { partOf: total.id }));
    const wrong = fig('b', 'killed', 10);
    const c = compareFigures([doc('a'), doc('b')], [total, ...parts, wrong, fig('b', 'killed', 4, { partOf: wrong.id }), fig('b', 'killed', 3, { partOf: wrong.id })]);
    expect(c.checks.map((k) => [k.kind, k.status, k.expected, k.sum])).toEqual([
      ['breakdown', 'ok', 67, 67],
      ['breakdown', 'mismatch', 10, 7],
    ]);
  });

  it('reads parts named among a total as a subset of it ("بينهم 5 أطفال و3 نساء")', () => {
    const total = fig('a', 'killed', 30);
    const among = [5, 3].map((v) => fig('a', 'killed', v, { partOf: total.id, among: true }));
    const c = compareFigures([doc('a')], [total, ...among]);
    expect(c.checks.map((k) => [k.status, k.message])).toEqual([['ok', 'killed 30 includes 5 + 3']]);
    const few = fig('a', 'killed', 6);
    const over = compareFigures([doc('a')], [few, ...[5, 3].map((v) => fig('a', 'killed', v, { partOf: few.id, among: true }))]);
    expect(over.checks.map((k) => k.status)).toEqual(['mismatch']);
  });

  it('reads one part alone as a subset of its total ("بينهم 1404 في حالة حرجة")', () => {
    const total = fig('a', 'wounded', 2059);
    const c = compareFigures([doc('a')], [total, fig('a', 'wounded', 1404, { partOf: total.id })]);
    expect(c.checks.map((k) => [k.kind, k.status, k.message])).toEqual([['breakdown', 'ok', 'wounded 2059 includes 1404']]);
    const over = fig('a', 'wounded', 20);
    const bad = compareFigures([doc('a')], [over, fig('a', 'wounded', 25, { partOf: over.id })]);
    expect(bad.checks.map((k) => k.status)).toEqual(['mismatch']);
  });

  it('flags a running total from one claimant that goes down', () => {
    const c = compareFigures([doc('a'), doc('b')], [fig('a', 'killed', 30, { asOf: '2024-01-02', source: said('un') }), fig('b', 'killed', 20, { asOf: '2024-01-05', source: said('un') })]);
    expect(c.checks.filter((k) => k.kind === 'series-down').map((k) => k.status)).toEqual(['fail']);
  });
});

describe('purity', () => {
  it('gives the same comparison whatever the input order', () => {
    const docs = [doc('a'), doc('b'), doc('c')];
    const figures = [
      fig('a', 'killed', 67, { source: said('sohr') }),
      fig('b', 'killed', 89, { source: said('sohr') }),
      fig('c', 'wounded', 12),
      fig('c', 'killed', 5, { subject: { text: '', role: 'civilians', party: null } }),
    ];
    const forward = JSON.stringify(compareFigures(docs, figures));
    const backward = JSON.stringify(compareFigures([...docs].reverse(), [...figures].reverse()));
    expect(backward).toBe(forward);
  });
});

describe('places', () => {
  it('counts at two different towns are partial, not a conflict', () => {
    const [g] = only([
      fig('a', 'killed', 20, { location: { text: 'حلب', canonical: 'aleppo' } }),
      fig('a', 'killed', 6, { location: { text: 'ادلب', canonical: 'idlib' } }),
    ]);
    expect(g!.status).toBe('partial');
    expect(g!.summary.reason).toBe('the claims count different places or different things');
  });

  it('one claimant giving two numbers in one article counts two things', () => {
    const [g] = only([fig('a', 'killed', 20, { source: said('sohr') }), fig('a', 'killed', 6, { source: said('sohr') })]);
    expect(g!.status).toBe('partial');
  });

  it('a town and its country are the same place', () => {
    const [g] = only([fig('a', 'killed', 20, { location: { text: 'حلب', canonical: 'aleppo' } }), fig('b', 'killed', 6, { location: { text: 'سوريا', canonical: 'sy' } })]);
    expect(g!.status).toBe('conflict');
  });
});

describe('events placed only in a country', () => {
  it('join only when they share an actor', () => {
    const withActors = (id: string, actors: string[]) => ({ ...doc(id, ['sy']), actors });
    const c = compareFigures(
      [withActors('a', ['isis']), withActors('b', ['isis', 'sohr']), withActors('c', ['unicef'])],
      [fig('a', 'killed', 5), fig('b', 'killed', 9), fig('c', 'killed', 5)],
    );
    expect(c.events.map((e) => e.documents)).toEqual([['a', 'b'], ['c']]);
  });
});

describe('running totals reported on different days', () => {
  it('update: a larger total in a later report, its sentence dated on the day of the attack', () => {
    // Day 2: "27 killed" (as of day 2). Day 3: "the attack on day 1 killed 30" (sentence dated day 1).
    const docs = [doc('a', ['hasakah'], '2024-05-02'), doc('b', ['hasakah'], '2024-05-03')];
    const c = compareFigures(docs, [
      fig('a', 'killed', 27, { asOf: '2024-05-02', asOfFrom: 'document', source: said('sohr') }),
      fig('b', 'killed', 30, { asOf: '2024-05-01', asOfFrom: 'sentence', source: said('un') }),
    ]);
    expect(c.groups[0]!.status).toBe('update');
  });

  it('conflict: two claimants giving different totals in reports of the same day', () => {
    const docs = [doc('a', ['hasakah'], '2024-05-02'), doc('b', ['hasakah'], '2024-05-02')];
    const c = compareFigures(docs, [
      fig('a', 'killed', 27, { asOf: '2024-05-02', asOfFrom: 'document', source: said('sohr') }),
      fig('b', 'killed', 32, { asOf: '2024-05-01', asOfFrom: 'sentence', source: said('un') }),
    ]);
    expect(c.groups[0]!.status).toBe('conflict');
  });
});

describe('a part of a breakdown', () => {
  it('counting the same people as its total is not compared with other totals', () => {
    // "6 killed, 4 of them in one state" against another outlet's 6.
    const total = fig('a', 'killed', 6, { source: said('sohr') });
    const part = fig('a', 'killed', 4, { source: said('sohr'), partOf: total.id });
    const [g] = only([total, part, fig('b', 'killed', 6, { source: said('un') })]);
    expect(g!.status).toBe('partial');
  });
});

describe('events whose places only half match', () => {
  it('join when dated close and told alike: a town named by one story only', () => {
    const story = { lead: ['اعصار', 'مايكل', 'يضرب', 'فلوريدا'] };
    const c = compareFigures(
      [doc('a', ['name:فلوريدا'], '2024-10-10', story), doc('b', ['name:ميكسيكو بيتش', 'name:فلوريدا'], '2024-10-12', story), doc('c', ['name:فلوريدا'], '2024-10-11', { lead: ['انتخابات', 'حاكم', 'الولايه'] })],
      [fig('a', 'killed', 6), fig('b', 'killed', 16), fig('c', 'killed', 2)],
    );
    const ofA = c.events.find((e) => e.documents.includes('a'))!;
    expect(ofA.documents).toContain('b');
  });

  it('stay apart when their headlines and leads tell different stories', () => {
    const c = compareFigures(
      [doc('a', ['name:فلوريدا'], '2024-10-10', { lead: ['اعصار', 'مايكل', 'يضرب'] }), doc('b', ['name:ميكسيكو بيتش', 'name:فلوريدا'], '2024-10-12', { lead: ['حريق', 'مصنع', 'عمال'] })],
      [fig('a', 'killed', 6), fig('b', 'killed', 16)],
    );
    expect(c.events.filter((e) => !e.other)).toHaveLength(2);
  });
});
