// Which stories are one event: short invented stories, run through the real pipeline.
import { describe, expect, it } from 'vitest';
import { assignEvents } from '../../src/compare/events.js';
import { figuresOfDocument } from '../../src/figures/build.js';

interface Story {
  id: string;
  published?: string;
  text: string;
}

function eventsOf(stories: Story[]): string[][] {
  const results = stories.map((s) =>
    figuresOfDocument({ id: s.id, text: s.text, encoding: 'utf-8', bytes: s.text.length, ...(s.published ? { published: s.published, publishedFrom: 'ndjson' } : {}) }),
  );
  const { events } = assignEvents(
    results.map((r) => r.document),
    results.flatMap((r) => r.figures),
  );
  return events.filter((e) => !e.other).map((e) => [...e.documents].sort());
}

const together = (events: string[][], a: string, b: string): boolean => events.some((e) => e.includes(a) && e.includes(b));

// Background stories in other places, so that words every story uses weigh little.
const background: Story[] = [
  { id: 'bg-1', published: '2023-04-02', text: 'حريق في سوق بمدينة حلب\nلقي 3 أشخاص مصرعهم في حريق اندلع في سوق شعبي بمدينة حلب، بحسب الدفاع المدني.' },
  { id: 'bg-2', published: '2023-04-03', text: 'انقلاب حافلة قرب حمص\nأصيب 14 راكبا في انقلاب حافلة على الطريق السريع قرب مدينة حمص، وفق الشرطة.' },
  { id: 'bg-3', published: '2023-04-04', text: 'غرق قارب قبالة طرطوس\nلقي 6 مهاجرين حتفهم في غرق قارب قبالة سواحل طرطوس، بحسب خفر السواحل.' },
];

describe('stories of one city in one week', () => {
  it('a bombing and a raid in the same city two days apart, told unlike, are two events', () => {
    const events = eventsOf([
      ...background,
      { id: 'bomb', published: '2023-04-03', text: 'تفجير سيارة مفخخة في الموصل\nقتل 8 أشخاص في انفجار سيارة مفخخة قرب سوق الخضار في مدينة الموصل، بحسب مصدر أمني.' },
      { id: 'raid', published: '2023-04-05', text: 'حملة دهم في الموصل\nاعتقلت القوات الأمنية 11 مطلوبا في حملة مداهمة لأحياء غربي مدينة الموصل، وفق بيان للشرطة.' },
    ]);
    expect(together(events, 'bomb', 'raid')).toBe(false);
  });

  it('two outlets giving the same counts of one blast in unlike words are one event', () => {
    const events = eventsOf([
      ...background,
      { id: 'outlet-a', text: 'انفجار في الموصل\nقتل 27 شخصا وأصيب 40 آخرون في انفجار هز حيا سكنيا في مدينة الموصل، بحسب مصدر طبي.' },
      { id: 'outlet-b', text: 'الموصل تشيع ضحاياها\nشيع أهالي الموصل ضحايا الانفجار الذي أودى بحياة 27 شخصا، وقال مسؤول محلي إن 40 جريحا ما زالوا في المستشفيات.' },
    ]);
    expect(together(events, 'outlet-a', 'outlet-b')).toBe(true);
  });

  it('a rare kind of event named in both headlines joins stories of one place over a few days', () => {
    const events = eventsOf([
      ...background,
      { id: 'quake-1', published: '2023-04-02', text: 'زلزال يضرب ملاطية\nلقي 9 أشخاص مصرعهم في زلزال ضرب ولاية ملاطية، بحسب إدارة الكوارث.' },
      { id: 'quake-3', published: '2023-04-04', text: 'ارتفاع ضحايا زلزال ملاطية\nارتفعت حصيلة قتلى الزلزال في ولاية ملاطية إلى 31، وفق إدارة الكوارث.' },
    ]);
    expect(together(events, 'quake-1', 'quake-3')).toBe(true);
  });
});
