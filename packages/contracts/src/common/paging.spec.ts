import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { pagingQuery } from './paging.js';

const listQuery = z.strictObject({ ...pagingQuery });

describe('pagingQuery', () => {
  it('starts at the first page of 25 rows when the query names neither', () => {
    expect(listQuery.parse({})).toEqual({ page: 1, pageSize: 25 });
  });

  it('reads the page and page size from query-string text', () => {
    expect(listQuery.parse({ page: '3', pageSize: '100' })).toEqual({ page: 3, pageSize: 100 });
  });

  it('refuses a page before the first, and more than 200 rows a page, naming the field', () => {
    const result = listQuery.safeParse({ page: '0', pageSize: '201' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['page', 'pageSize']);
  });

  it('refuses a page that is not a whole number', () => {
    expect(listQuery.safeParse({ page: '2.5' }).success).toBe(false);
    expect(listQuery.safeParse({ page: 'two' }).success).toBe(false);
  });
});
