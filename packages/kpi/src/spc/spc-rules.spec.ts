import { describe, expect, it } from '@jest/globals';
import { SPC_RULES } from './spc-rules.js';
import { SPC_RULE_IDS, type SegmentSignals, type SignalSide, type SpcRuleId, type SpcSign } from './spc-types.js';

/** A segment from just what a rule looks at; the rest is neutral. */
function signals(parts: Partial<SegmentSignals> & { length: number }): SegmentSignals {
  const n = parts.length;
  return {
    values: parts.values ?? Array.from({ length: n }, () => 0),
    relativeToMean: parts.relativeToMean ?? Array.from({ length: n }, (): SpcSign => 1),
    outsideLimits: parts.outsideLimits ?? Array.from({ length: n }, () => false),
    nearLimits: parts.nearLimits ?? Array.from({ length: n }, () => false),
  };
}

const flags = (sides: (SignalSide | null)[]): number[] => sides.map((s) => (s === null ? 0 : 1));
const ones = (bits: string): boolean[] => [...bits].map((b) => b === '1');
const signs = (...values: number[]): SpcSign[] => values as SpcSign[];

interface RuleCase {
  name: string;
  segment: SegmentSignals;
  expected: (SignalSide | null)[] | number[];
}

// One block of cases per rule, bound by id; a rule added to SPC_RULES without cases fails below.
// "R:" marks vectors transcribed from NHSRplotthedots tests/testthat/test-ptd_calculate_point_type.R.
const CASES: Record<SpcRuleId, RuleCase[]> = {
  'beyond-process-limit': [
    {
      name: 'flags points outside the limits with the side of the mean they are on',
      segment: signals({ length: 3, outsideLimits: [true, false, true], relativeToMean: signs(1, 1, -1) }),
      expected: ['high', null, 'low'],
    },
  ],
  'seven-point-trend': [
    { name: 'R: 1:6 is too short', segment: signals({ length: 6, values: [1, 2, 3, 4, 5, 6] }), expected: [0, 0, 0, 0, 0, 0] },
    {
      name: 'R: c(1:3, 3:6): an equal pair breaks the trend',
      segment: signals({ length: 7, values: [1, 2, 3, 3, 4, 5, 6] }),
      expected: [0, 0, 0, 0, 0, 0, 0],
    },
    { name: 'R: 1:7 flags all seven, increasing', segment: signals({ length: 7, values: [1, 2, 3, 4, 5, 6, 7] }), expected: Array(7).fill('high') },
    { name: 'R: 7:1 flags all seven, decreasing', segment: signals({ length: 7, values: [7, 6, 5, 4, 3, 2, 1] }), expected: Array(7).fill('low') },
    {
      name: 'R: c(2, 1:7, 3) flags the seven and not the ends',
      segment: signals({ length: 9, values: [2, 1, 2, 3, 4, 5, 6, 7, 3] }),
      expected: [0, 1, 1, 1, 1, 1, 1, 1, 0],
    },
    {
      name: 'R: c(2, 7:1, 3) flags the seven and not the ends',
      segment: signals({ length: 9, values: [2, 7, 6, 5, 4, 3, 2, 1, 3] }),
      expected: [0, 1, 1, 1, 1, 1, 1, 1, 0],
    },
    {
      name: 'labels a peak shared by a rising and a falling trend by the falling one, as R',
      segment: signals({ length: 13, values: [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1] }),
      expected: ['high', 'high', 'high', 'high', 'high', 'high', 'low', 'low', 'low', 'low', 'low', 'low', 'low'],
    },
    {
      name: 'labels a level top between two trends "Decreasing", as R (sign 0 is not an increase)',
      segment: signals({ length: 14, values: [1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1] }),
      expected: ['high', 'high', 'high', 'high', 'high', 'high', 'low', 'low', 'low', 'low', 'low', 'low', 'low', 'low'],
    },
  ],
  'two-of-three-near-limit': [
    {
      name: 'R: c(1, 0, 1) on one side flags the two near points',
      segment: signals({ length: 3, nearLimits: ones('101') }),
      expected: [1, 0, 1],
    },
    { name: 'R: c(0, 1, 1)', segment: signals({ length: 3, nearLimits: ones('011') }), expected: [0, 1, 1] },
    { name: 'R: c(1, 1, 0)', segment: signals({ length: 3, nearLimits: ones('110') }), expected: [1, 1, 0] },
    { name: 'R: c(0, 0, 1, 0, 1, 0, 0)', segment: signals({ length: 7, nearLimits: ones('0010100') }), expected: [0, 0, 1, 0, 1, 0, 0] },
    { name: 'R: c(0, 0, 1, 1, 0, 0, 0)', segment: signals({ length: 7, nearLimits: ones('0011000') }), expected: [0, 0, 1, 1, 0, 0, 0] },
    { name: 'R: c(1, 0, 0, 1) is not 2 in 3', segment: signals({ length: 4, nearLimits: ones('1001') }), expected: [0, 0, 0, 0] },
    { name: 'R: c(1, 0, 0, 1, 1)', segment: signals({ length: 5, nearLimits: ones('10011') }), expected: [0, 0, 0, 1, 1] },
    {
      name: 'R: opposite sides of the mean never trigger (issue #143)',
      segment: signals({ length: 7, nearLimits: ones('0010100'), relativeToMean: signs(1, -1, 1, -1, 1, -1, 1) }),
      expected: [0, 0, 0, 0, 0, 0, 0],
    },
    {
      name: 'R: c(1, 0, 1) with the middle point across the mean does not trigger',
      segment: signals({ length: 3, nearLimits: ones('101'), relativeToMean: signs(1, -1, 1) }),
      expected: [0, 0, 0],
    },
    {
      name: 'gives the low side below the mean',
      segment: signals({ length: 3, nearLimits: ones('110'), relativeToMean: signs(-1, -1, -1) }),
      expected: ['low', 'low', null],
    },
  ],
  'seven-point-shift': [
    { name: 'R: six points are not a shift', segment: signals({ length: 6 }), expected: [0, 0, 0, 0, 0, 0] },
    {
      name: 'R: c(rep(1, 6), -1) is not a shift',
      segment: signals({ length: 7, relativeToMean: signs(1, 1, 1, 1, 1, 1, -1) }),
      expected: [0, 0, 0, 0, 0, 0, 0],
    },
    {
      name: 'R: c(rep(1, 8), -1) flags all eight above',
      segment: signals({ length: 9, relativeToMean: signs(1, 1, 1, 1, 1, 1, 1, 1, -1) }),
      expected: ['high', 'high', 'high', 'high', 'high', 'high', 'high', 'high', null],
    },
    {
      name: 'R: c(rep(-1, 8), 1) flags all eight below',
      segment: signals({ length: 9, relativeToMean: signs(-1, -1, -1, -1, -1, -1, -1, -1, 1) }),
      expected: ['low', 'low', 'low', 'low', 'low', 'low', 'low', 'low', null],
    },
    {
      name: 'a point exactly on the mean breaks the run',
      segment: signals({ length: 13, relativeToMean: signs(1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1) }),
      expected: Array(13).fill(0),
    },
  ],
};

describe('SPC_RULES', () => {
  it('lists the four rules in order of precedence', () => {
    expect(SPC_RULES.map((r) => r.id)).toEqual([...SPC_RULE_IDS]);
  });

  describe.each(SPC_RULES.map((rule) => [rule.id, rule] as const))('%s', (id, rule) => {
    const cases = CASES[id];

    it('has test cases', () => {
      expect(cases.length).toBeGreaterThan(0);
    });

    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { segment, expected }) => {
      const result = rule.detect(segment);
      // Cases written as 0/1 check only which points are flagged; others check the sides too.
      const actual = typeof expected[0] === 'number' ? flags(result) : result;
      expect(actual).toEqual(expected);
    });
  });
});
