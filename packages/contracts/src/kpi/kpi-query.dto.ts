import { isIsoDate } from '@recordroom/calendar';
import { PERIOD_GRANULARITIES, REQUEST_PRIORITIES } from '@recordroom/kpi';
import { z } from 'zod';

const isoDate = z.string().refine(isIsoDate, 'must be a date written yyyy-mm-dd');

const rangeFields = {
  departmentId: z.uuid().optional().describe('Omit for the whole organisation, where your role allows'),
  from: isoDate.optional().describe('First day (Europe/London), inclusive; default 12 months before `to`'),
  to: isoDate.optional().describe('Last day, inclusive; default the end of the last complete period'),
};

/** One chart's rebase in the summary: `retrieval-p90-minutes.emergency@2026-06-08` (facet after a dot). */
const CHART_REBASE = /^([a-z0-9-]+)(?:\.([a-z-]+))?@(\d{4}-\d{2}-\d{2})$/;

export interface ChartRebase {
  kpiId: string;
  facet: string | null;
  period: string;
}

export const summaryQuery = z.strictObject({
  ...rangeFields,
  granularity: z.enum(PERIOD_GRANULARITIES).default('week'),
  rebaseAt: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? [] : value.split(',').map((s) => s.trim())))
    .pipe(z.array(z.string().regex(CHART_REBASE, 'must be kpiId[.facet]@yyyy-mm-dd').refine((s) => isIsoDate(s.slice(-10)), 'must end in a date written yyyy-mm-dd')))
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
  rebaseAt: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? [] : value.split(',').map((s) => s.trim())))
    .pipe(z.array(isoDate))
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
