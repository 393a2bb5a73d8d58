import { PERIOD_GRANULARITIES, REQUEST_PRIORITIES } from '@recordroom/kpi';
import { z } from 'zod';
import { dateWithBankHolidayData } from '../common/fields.js';

const rangeFields = {
  departmentId: z.uuid().optional().describe('Omit for the whole organisation, where your role allows'),
  from: dateWithBankHolidayData.optional().describe('First day (Europe/London), inclusive; default 12 months before `to`'),
  to: dateWithBankHolidayData.optional().describe('Last day, inclusive; default the end of the last complete period'),
};

/** One chart's rebase in the summary: `retrieval-p90-minutes.emergency@2026-06-08` (facet after a dot). */
const CHART_REBASE = /^([a-z0-9-]+)(?:\.([a-z-]+))?@(\d{4}-\d{2}-\d{2})$/;

/** Rebases one query may name: more than a chart's weeks in five years would be a mistake, not a chart. */
const MAX_REBASES = 100;
/** The comma-separated text of MAX_REBASES chart rebases of the longest KPI id and facet fits in this. */
const MAX_REBASE_TEXT = 6000;

/** The rebase list as query text: bounded before it is split. */
const rebaseText = z.string().max(MAX_REBASE_TEXT, `must be at most ${MAX_REBASE_TEXT} characters`).optional();
const commaSeparated = (value: string | undefined): string[] => (value === undefined || value === '' ? [] : value.split(',').map((s) => s.trim()));

const chartRebase = z
  .string()
  .regex(CHART_REBASE, 'must be kpiId[.facet]@yyyy-mm-dd')
  .superRefine((value, ctx) => {
    const period = dateWithBankHolidayData.safeParse(value.slice(-10));
    if (!period.success) ctx.addIssue({ code: 'custom', message: `has a date that ${period.error.issues[0]?.message ?? 'is not valid'}` });
  });

export interface ChartRebase {
  kpiId: string;
  facet: string | null;
  period: string;
}

export const summaryQuery = z.strictObject({
  ...rangeFields,
  granularity: z.enum(PERIOD_GRANULARITIES).default('week'),
  rebaseAt: rebaseText
    .transform(commaSeparated)
    .pipe(z.array(chartRebase).max(MAX_REBASES, `must name at most ${MAX_REBASES} chart rebases`))
    .transform((values): ChartRebase[] =>
      values.map((value) => {
        const [, kpiId = '', facet, period = ''] = CHART_REBASE.exec(value) ?? [];
        return { kpiId, facet: facet ?? null, period };
      }),
    )
    .describe('Comma-separated chart rebases, kpiId[.facet]@period-start, e.g. retrieval-p90-minutes.emergency@2026-06-08: that chart gets its own limits from that period'),
});
export type SummaryQuery = z.infer<typeof summaryQuery>;

export const seriesQuery = z.strictObject({
  ...rangeFields,
  granularity: z.enum(PERIOD_GRANULARITIES).default('week'),
  facet: z.enum(REQUEST_PRIORITIES).optional().describe('The priority, for a retrieval KPI'),
  rebaseAt: rebaseText
    .transform(commaSeparated)
    .pipe(z.array(dateWithBankHolidayData).max(MAX_REBASES, `must name at most ${MAX_REBASES} period starts`))
    .describe('Comma-separated period starts where the chart is rebased'),
});
export type SeriesQuery = z.infer<typeof seriesQuery>;

export const distributionQuery = z.strictObject(rangeFields);
export type DistributionQuery = z.infer<typeof distributionQuery>;

export const importsQuery = z.strictObject({ departmentId: z.uuid().optional() });
export type ImportsQuery = z.infer<typeof importsQuery>;

export const demandQuery = z.strictObject({
  ...rangeFields,
  priority: z.enum(REQUEST_PRIORITIES).default('emergency').describe('Requests of this priority, held to its retrieval target'),
  handlingMinutes: z.coerce.number().min(1).max(600).default(10).describe('Mean staff minutes to find and send one request (local estimate)'),
  serviceLevel: z.coerce.number().gt(0).lt(1).default(0.9).describe('Share of requests to be started within the target'),
});
export type DemandQuery = z.infer<typeof demandQuery>;
