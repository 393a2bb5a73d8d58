import { type DirectoryQuery } from './directory-query';

export const staffQueryKeys = {
  all: ['staff'] as const,
  lists: () => [...staffQueryKeys.all, 'list'] as const,
  list: (query: DirectoryQuery) => [...staffQueryKeys.lists(), query] as const,
  detail: (id: string) => [...staffQueryKeys.all, 'detail', id] as const,
  summary: () => [...staffQueryKeys.all, 'summary'] as const,
};
