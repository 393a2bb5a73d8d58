export const currentUserQueryKey = ['auth', 'me'] as const;
export const healthQueryKey = ['health'] as const;
