export const payQueryKeys = {
  all: ['pay'] as const,
  establishment: (departmentId: string | undefined, year: string | undefined) => [...payQueryKeys.all, 'establishment', departmentId ?? null, year ?? null] as const,
  forecast: (departmentId: string | undefined, year: string | undefined) => [...payQueryKeys.all, 'forecast', departmentId ?? null, year ?? null] as const,
  monthlySpend: (departmentId: string | undefined, year: string | undefined) => [...payQueryKeys.all, 'monthly-spend', departmentId ?? null, year ?? null] as const,
  tables: () => [...payQueryKeys.all, 'tables'] as const,
  /** Keyed by the period's version, so a change to the rota fetches its cost again. */
  rotaCost: (periodId: string, periodVersion: number) => [...payQueryKeys.all, 'rota-cost', periodId, periodVersion] as const,
  agencyPrice: (periodId: string, shiftId: string) => [...payQueryKeys.all, 'agency-price', periodId, shiftId] as const,
  myPay: () => [...payQueryKeys.all, 'me'] as const,
  staffPay: (staffId: string) => [...payQueryKeys.all, 'staff', staffId] as const,
};
