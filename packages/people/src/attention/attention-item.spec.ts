import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ATTENTION_KINDS, ATTENTION_URGENCIES, compareAttentionItems, urgencyOf, type AttentionItem } from './attention-item.js';

describe('urgencyOf', () => {
  it('is overdue before today or never done, this week to six days ahead, coming up after', () => {
    expect(urgencyOf(null, '2026-03-02')).toBe('overdue');
    expect(urgencyOf('2026-03-01', '2026-03-02')).toBe('overdue');
    expect(urgencyOf('2026-03-02', '2026-03-02')).toBe('this-week');
    expect(urgencyOf('2026-03-08', '2026-03-02')).toBe('this-week');
    expect(urgencyOf('2026-03-09', '2026-03-02')).toBe('coming-up');
  });
});

describe('compareAttentionItems', () => {
  const item = fc.record({
    kind: fc.constantFrom(...ATTENTION_KINDS),
    urgency: fc.constantFrom(...ATTENTION_URGENCIES),
    staffId: fc.constantFrom('a', 'b'),
    staffName: fc.constantFrom('Ann Smith', 'Bo Jones'),
    dueOn: fc.constantFrom(null, '2026-03-01', '2026-03-04'),
    recordId: fc.constantFrom(null, 'r1', 'r2'),
    reason: fc.constant(''),
  }) as fc.Arbitrary<AttentionItem>;

  it('gives one order whatever the input order, urgency first', () => {
    fc.assert(
      fc.property(fc.array(item), (items) => {
        const sorted = [...items].sort(compareAttentionItems);
        expect([...items].reverse().sort(compareAttentionItems).map((i) => JSON.stringify(i))).toEqual(sorted.map((i) => JSON.stringify(i)));
        const ranks = sorted.map((i) => ATTENTION_URGENCIES.indexOf(i.urgency));
        expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
      }),
    );
  });
});
