import { describe, expect, it } from '@jest/globals';
import { LAST_DATE_WITH_BANK_HOLIDAYS } from '@recordroom/calendar';
import { seriesQuery, summaryQuery } from './kpi-query.dto.js';

const issuesOf = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } | undefined }) => result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('summaryQuery', () => {
  it('reads chart rebases, a facet after a dot', () => {
    expect(summaryQuery.parse({ rebaseAt: 'retrieval-p90-minutes.emergency@2026-06-08,sar-on-time-percent@2026-01-05' }).rebaseAt).toEqual([
      { kpiId: 'retrieval-p90-minutes', facet: 'emergency', period: '2026-06-08' },
      { kpiId: 'sar-on-time-percent', facet: null, period: '2026-01-05' },
    ]);
  });

  it('refuses a rebase dated after the last date with bank-holiday data, naming it', () => {
    expect(issuesOf(summaryQuery.safeParse({ rebaseAt: 'sar-on-time-percent@9999-12-31' }))).toEqual([
      ['rebaseAt.0', `has a date that must be on or before ${LAST_DATE_WITH_BANK_HOLIDAYS}, the last date with bank-holiday data`],
    ]);
  });

  it('refuses more than 100 rebases, and query text longer than 6,000 characters before splitting it', () => {
    const rebases = Array.from({ length: 101 }, () => 'sar-on-time-percent@2026-01-05');
    expect(issuesOf(summaryQuery.safeParse({ rebaseAt: rebases.join(',') }))).toEqual([['rebaseAt', 'must name at most 100 chart rebases']]);
    expect(issuesOf(summaryQuery.safeParse({ rebaseAt: ','.repeat(6001) }))).toEqual([['rebaseAt', 'must be at most 6000 characters']]);
  });
});

describe('seriesQuery', () => {
  it('refuses more than 100 rebase dates', () => {
    expect(issuesOf(seriesQuery.safeParse({ rebaseAt: Array.from({ length: 101 }, () => '2026-01-05').join(',') }))).toEqual([['rebaseAt', 'must name at most 100 period starts']]);
  });
});
