export const teamQueryKeys = {
  all: ['people'] as const,
  team: () => [...teamQueryKeys.all, 'team'] as const,
  person: (id: string) => [...teamQueryKeys.all, 'person', id] as const,
  compliance: () => [...teamQueryKeys.all, 'compliance'] as const,
  off: (from: string, to: string) => [...teamQueryKeys.all, 'off', from, to] as const,
};
