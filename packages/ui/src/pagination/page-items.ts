/** One entry of a numbered pagination list: a page (zero-based index) or a gap. */
export type PageItem = { kind: 'page'; pageIndex: number; current: boolean } | { kind: 'ellipsis'; key: string };

/**
 * The numbered links NHS.UK pagination shows: the first and last pages, the current page and its
 * neighbours, and an ellipsis for each gap of more than one page (a gap of exactly one page shows
 * that page instead, since an ellipsis would hide nothing).
 *
 * @example pageItems(4, 10) // 1 … 4 5 6 … 10 (as zero-based indexes 0, 3, 4, 5, 9)
 */
export function pageItems(pageIndex: number, pageCount: number): PageItem[] {
  if (pageCount <= 0) return [];
  const shown = new Set([0, pageCount - 1, pageIndex - 1, pageIndex, pageIndex + 1]);
  const indexes = [...shown].filter((index) => index >= 0 && index < pageCount).sort((a, b) => a - b);

  const items: PageItem[] = [];
  let previous = -1;
  for (const index of indexes) {
    if (index - previous === 2) items.push({ kind: 'page', pageIndex: index - 1, current: false });
    else if (index - previous > 2) items.push({ kind: 'ellipsis', key: `after-${previous}` });
    items.push({ kind: 'page', pageIndex: index, current: index === pageIndex });
    previous = index;
  }
  return items;
}
