export const rotaQueryKeys = {
  all: ['rota'] as const,
  periods: () => [...rotaQueryKeys.all, 'periods'] as const,
  planner: (periodId: string) => [...rotaQueryKeys.all, 'planner', periodId] as const,
  candidates: (periodId: string, shiftId: string) => [...rotaQueryKeys.all, 'candidates', periodId, shiftId] as const,
  absences: (query: { status?: string; page: number; pageSize: number }) => [...rotaQueryKeys.all, 'absences', query] as const,
  leaveCheck: (absenceId: string) => [...rotaQueryKeys.all, 'leave-check', absenceId] as const,
  swaps: (query: { status?: string; page: number; pageSize: number }) => [...rotaQueryKeys.all, 'swaps', query] as const,
  myShifts: (from: string, to: string) => [...rotaQueryKeys.all, 'me', 'shifts', from, to] as const,
  mySwaps: () => [...rotaQueryKeys.all, 'me', 'swaps'] as const,
  swapOptions: (assignmentId: string) => [...rotaQueryKeys.all, 'me', 'swap-options', assignmentId] as const,
  myAbsences: () => [...rotaQueryKeys.all, 'me', 'absences'] as const,
  calendarFeed: () => [...rotaQueryKeys.all, 'me', 'calendar-feed'] as const,
};
