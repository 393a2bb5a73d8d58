import type { KpiDefinition, KpiTarget } from './kpi-definition.js';

/**
 * The service KPIs of a health records department, with default targets. Every target marked
 * 'unverified' is a local-policy default ([U] in ../shared/domain/records-service-standards.md):
 * replace it with {@link withKpiTargets}. Ids are stable: the API and SQL name figures by them.
 *
 * The request KPIs (retrieval times, within target, not found, temporary notes) count a request
 * in the period of its request date (Europe/London), not of its delivery: a request not found or
 * closed with temporary notes has no delivery, and by request date every request counts, once.
 */
export const KPI_CATALOGUE = [
  {
    id: 'retrieval-median-minutes',
    name: 'Retrieval time, median',
    definition: 'Median minutes from request to delivery of the main folder, over the delivered requests made in the period (by London request date; percentile_cont 0.5).',
    numerator: 'retrieval minutes of delivered requests',
    denominator: null,
    unit: 'minutes',
    improvementDirection: 'decrease',
    target: null,
    period: 'week',
    facet: 'priority',
    module: 'record-tracking',
  },
  {
    id: 'retrieval-p90-minutes',
    name: 'Retrieval time, 90th percentile',
    definition: '90th percentile of minutes from request to delivery of the main folder, over the delivered requests made in the period (by London request date; percentile_cont 0.9).',
    numerator: 'retrieval minutes of delivered requests',
    denominator: null,
    unit: 'minutes',
    improvementDirection: 'decrease',
    // Per-priority target = the priority's retrieval target (see DEFAULT_RETRIEVAL_TARGETS), set by facet.
    target: null,
    period: 'week',
    facet: 'priority',
    module: 'record-tracking',
  },
  {
    id: 'retrieval-within-target-percent',
    name: 'Requests delivered within target',
    definition: 'Requests made in the period (by London request date) whose main folder was delivered within the priority’s retrieval target, of those requests closed; a request not found or closed with temporary notes has no delivery date and counts as a miss in the period it was made.',
    numerator: 'requests delivered within target',
    denominator: 'requests made in the period and closed (delivered, not found or temporary notes)',
    unit: 'percent',
    improvementDirection: 'increase',
    // Per-priority target = the priority's withinTargetPercent (DEFAULT_RETRIEVAL_TARGETS: 90% [D] of a [U] local policy), set by facet.
    target: null,
    period: 'week',
    facet: 'priority',
    module: 'record-tracking',
  },
  {
    id: 'clinic-availability-percent',
    name: 'Notes available at clinic start',
    definition: 'Booked attendances needing notes whose main folder was present at clinic start.',
    numerator: 'attendances with main-folder notes present at clinic start',
    denominator: 'booked attendances needing notes',
    unit: 'percent',
    improvementDirection: 'increase',
    // records-service-standards.md §2: ≥ 99% [U]; Audit Commission floor 95% (1995) and aim 100% (1999) [V].
    target: { value: 99, status: 'unverified', source: 'records-service-standards.md §2 (99% [U]; 95% floor, Audit Commission 1995 [V])' },
    period: 'week',
    facet: null,
    module: 'record-tracking',
  },
  {
    id: 'temporary-notes-percent',
    name: 'Temporary notes created',
    definition: 'Requests made in the period (by London request date) closed by creating a temporary folder because the main folder was not found in time.',
    numerator: 'requests with outcome temporary notes',
    denominator: 'requests made in the period and closed',
    unit: 'percent',
    improvementDirection: 'decrease',
    // records-service-standards.md §2 "Temporary-folder rate" ≤ 1% [U] (local policy, no effective date).
    target: { value: 1, status: 'unverified', source: 'records-service-standards.md §2, temporary-folder rate ≤ 1% [U]' },
    period: 'week',
    facet: null,
    module: 'record-tracking',
  },
  {
    id: 'not-found-percent',
    name: 'Requests not found',
    definition: 'Requests made in the period (by London request date) closed without the main folder being found.',
    numerator: 'requests with outcome not found',
    denominator: 'requests made in the period and closed',
    unit: 'percent',
    improvementDirection: 'decrease',
    target: null,
    period: 'week',
    facet: null,
    module: 'record-tracking',
  },
  {
    id: 'filing-backlog-items',
    name: 'Loose filing backlog',
    definition: 'Items awaiting filing at the last snapshot of the period, all locations.',
    numerator: 'items awaiting filing',
    denominator: null,
    unit: 'count',
    improvementDirection: 'decrease',
    target: null,
    period: 'week',
    facet: null,
    module: 'filing',
  },
  {
    id: 'filing-backlog-oldest-working-days',
    name: 'Oldest item awaiting filing',
    definition: 'Working days since the oldest item still awaiting filing arrived, at the last snapshot of the period.',
    numerator: 'working days from receipt of the oldest waiting item to the snapshot',
    denominator: null,
    unit: 'working-days',
    improvementDirection: 'decrease',
    // records-service-standards.md §2 "Loose filing backlog": no item > 5 working days [U] (local policy, no effective date).
    target: { value: 5, status: 'unverified', source: 'records-service-standards.md §2, no item > 5 working days [U]' },
    period: 'week',
    facet: null,
    module: 'filing',
  },
  {
    id: 'sar-on-time-percent',
    name: 'Subject access requests answered on time',
    definition: 'SARs due in the period (and already decided: completed, or past due) completed by their statutory due date.',
    numerator: 'SARs completed on or before the due date',
    denominator: 'SARs due in the period, completed or past due',
    unit: 'percent',
    improvementDirection: 'increase',
    // UK GDPR Art. 12(3) one-month deadline (from 25 May 2018; UK GDPR 1 Jan 2021), ICO guidance [V] (records-service-standards.md §3): 100%.
    target: { value: 100, status: 'verified', source: 'UK GDPR Art. 12(3); ICO right-of-access guidance (records-service-standards.md §3)' },
    period: 'month',
    facet: null,
    module: 'access-to-records',
  },
  {
    id: 'sickness-absence-percent',
    name: 'Sickness absence rate',
    definition: 'FTE days lost to sickness ÷ FTE days available, calendar days (NHS England / ESR definition).',
    numerator: 'FTE calendar days lost to sickness absence',
    denominator: 'FTE calendar days available',
    unit: 'percent',
    improvementDirection: 'decrease',
    target: null,
    period: 'month',
    facet: null,
    module: 'people',
  },
  {
    id: 'vacancy-percent',
    name: 'Vacancy rate',
    definition: 'Funded WTE not filled by staff in post, of funded WTE (negative when over establishment).',
    numerator: 'funded WTE − WTE in post',
    denominator: 'funded WTE',
    unit: 'percent',
    improvementDirection: 'decrease',
    target: null,
    period: 'month',
    facet: null,
    module: 'people',
  },
  {
    id: 'training-compliance-percent',
    name: 'Mandatory training compliance',
    definition: 'Required training assignments (person × course) in date at the end of the period.',
    numerator: 'required assignments in date',
    denominator: 'required assignments',
    unit: 'percent',
    improvementDirection: 'increase',
    // DSPT 95% staff data-security training, mandatory to July 2023 [V], since a local target [D] (records-service-standards.md §5).
    target: { value: 95, status: 'unverified', source: 'records-service-standards.md §5: DSPT 95% to 2022/23 [V], local since 2023/24 [D]' },
    period: 'month',
    facet: null,
    module: 'people',
  },
  {
    id: 'data-security-training-percent',
    name: 'Data security awareness training',
    definition: 'Staff whose data security awareness training (renewed every year) is in date at the end of the period.',
    numerator: 'staff in post with the course in date',
    denominator: 'staff in post',
    unit: 'percent',
    improvementDirection: 'increase',
    // The DSPT's 95% of staff trained each year, mandatory to 2022/23 [V], a local target since [D] (records-service-standards.md §5).
    target: { value: 95, status: 'unverified', source: 'records-service-standards.md §5: DSPT 95% to 2022/23 [V], local since 2023/24 [D]' },
    period: 'month',
    facet: null,
    module: 'people',
  },
] as const satisfies readonly KpiDefinition[];

export type KpiId = (typeof KPI_CATALOGUE)[number]['id'];

/**
 * The catalogue with a trust's own targets: `null` removes a target, a number replaces it as the
 * trust's local policy.
 *
 * @example withKpiTargets(KPI_CATALOGUE, { 'clinic-availability-percent': 98 })
 */
export function withKpiTargets(
  catalogue: readonly KpiDefinition[],
  targets: Partial<Record<KpiId, number | null>>,
  source = 'local policy',
): KpiDefinition[] {
  return catalogue.map((kpi) => {
    const override = (targets as Partial<Record<string, number | null>>)[kpi.id];
    if (override === undefined) return kpi;
    const target: KpiTarget | null = override === null ? null : { value: override, status: 'local', source };
    return { ...kpi, target };
  });
}

/**
 * The definition with this id; throws for an unknown id.
 *
 * @example kpiDefinition('sar-on-time-percent').target // { value: 100, status: 'verified', ... }
 */
export function kpiDefinition(id: KpiId, catalogue: readonly KpiDefinition[] = KPI_CATALOGUE): KpiDefinition {
  const found = catalogue.find((kpi) => kpi.id === id);
  if (found === undefined) throw new RangeError(`Unknown KPI: ${id}`);
  return found;
}
