import { describe, expect, it } from '@jest/globals';
import { pageItems, type PageItem } from './page-items.js';

/** Renders items as the user sees them: 1-based numbers, the current one in brackets. */
function asText(items: PageItem[]): string {
  return items.map((item) => (item.kind === 'ellipsis' ? '…' : item.current ? `[${item.pageIndex + 1}]` : `${item.pageIndex + 1}`)).join(' ');
}

describe('pageItems', () => {
  it('lists nothing when there are no pages', () => {
    expect(pageItems(0, 0)).toEqual([]);
  });

  it('lists a single page as current', () => {
    expect(asText(pageItems(0, 1))).toBe('[1]');
  });

  it('shows every page of a short list', () => {
    expect(asText(pageItems(2, 5))).toBe('1 2 [3] 4 5');
  });

  it('puts an ellipsis on both sides of a page in the middle of a long list', () => {
    expect(asText(pageItems(4, 10))).toBe('1 … 4 [5] 6 … 10');
  });

  it('shows the page that an ellipsis would hide when the gap is one page', () => {
    expect(asText(pageItems(3, 10))).toBe('1 2 3 [4] 5 … 10');
  });

  it('keeps the first and last pages at the ends', () => {
    expect(asText(pageItems(0, 10))).toBe('[1] 2 … 10');
    expect(asText(pageItems(9, 10))).toBe('1 … 9 [10]');
  });
});
