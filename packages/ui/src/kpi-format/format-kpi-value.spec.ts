import { describe, expect, it } from '@jest/globals';
import { formatKpiTick, formatKpiValue, formatPeriod } from './format-kpi-value.js';

describe('formatKpiValue', () => {
  it('writes percentages with at most one decimal', () => {
    expect(formatKpiValue(97.456, 'percent')).toBe('97.5%');
    expect(formatKpiValue(100, 'percent')).toBe('100%');
  });

  it('writes short times in minutes and long ones in hours', () => {
    expect(formatKpiValue(38.4, 'minutes')).toBe('38 min');
    expect(formatKpiValue(119, 'minutes')).toBe('119 min');
    expect(formatKpiValue(270, 'minutes')).toBe('4.5 hours');
    expect(formatKpiValue(2880, 'minutes')).toBe('48 hours');
  });

  it('groups counts and names working days', () => {
    expect(formatKpiValue(1204, 'count')).toBe('1,204');
    expect(formatKpiValue(1, 'working-days')).toBe('1 working day');
    expect(formatKpiValue(3.5, 'working-days')).toBe('3.5 working days');
  });

  it('has a shorter form for axis ticks', () => {
    expect(formatKpiTick(30, 'minutes')).toBe('30m');
    expect(formatKpiTick(240, 'minutes')).toBe('4h');
    expect(formatKpiTick(5, 'working-days')).toBe('5d');
  });

  it('keeps every tick of an axis in one unit', () => {
    expect(formatKpiTick(90, 'minutes', 360)).toBe('1.5h');
    expect(formatKpiTick(90, 'minutes', 100)).toBe('90m');
  });
});

describe('formatPeriod', () => {
  it('shows a period start as a date in the NHS style, whatever the reader’s time zone', () => {
    expect(formatPeriod('2025-03-03')).toBe('3 Mar 2025');
    expect(formatPeriod('2025-03-03', { short: true })).toBe('3 Mar');
  });

  it('leaves anything that is not a date as it is', () => {
    expect(formatPeriod('2025-W10')).toBe('2025-W10');
  });
});
