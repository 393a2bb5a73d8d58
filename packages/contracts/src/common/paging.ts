import { z } from 'zod';

/** Page through a list: pages count from 1; at most 200 rows a page so no request is unbounded. */
export const pagingQuery = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
};

/** One page of a list, with the total across all pages. */
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}
