import { describe, expect, it } from '@jest/globals';
import { renderToStaticMarkup } from 'react-dom/server';
import { DataTable } from './data-table.js';
import { createDataTableColumnHelper } from './data-table-features.js';

interface Person {
  id: string;
  name: string;
  band: string;
  hours: number;
}

function aPerson(overrides: Partial<Person> = {}): Person {
  return { id: 'p1', name: 'Ada Lovelace', band: '3', hours: 37.5, ...overrides };
}

const column = createDataTableColumnHelper<Person>();
const columns = column.columns([
  column.accessor('name', { header: 'Name', meta: { rowHeader: true } }),
  column.accessor('band', { header: 'Band' }),
  column.accessor('hours', { header: 'Hours', meta: { numeric: true }, enableSorting: false }),
]);

const people = [
  aPerson({ id: 'b', name: 'Bo Brown', band: '8a' }),
  aPerson({ id: 'a', name: 'Al Adams', band: '2' }),
  aPerson({ id: 'c', name: 'Cy Cole', band: '4' }),
];

/** Row header texts in document order. */
function rowNames(html: string): string[] {
  return [...html.matchAll(/<th scope="row"[^>]*>([^<]*)<\/th>/g)].map((match) => match[1] ?? '');
}

describe('DataTable', () => {
  it('renders a captioned NHS.UK table with a row per item', () => {
    const html = renderToStaticMarkup(<DataTable caption="Staff" columns={columns} data={people} getRowId={(p) => p.id} />);
    expect(html).toContain('<caption');
    expect(html).toContain('Staff');
    expect(html).toContain('class="nhsuk-table nhsuk-table--sortable"');
    expect(rowNames(html)).toEqual(['Bo Brown', 'Al Adams', 'Cy Cole']);
  });

  it('sorts rows in memory and marks the sorted column with aria-sort', () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Staff" columns={columns} data={people} initialSorting={[{ id: 'band', desc: true }]} />,
    );
    expect(rowNames(html)).toEqual(['Bo Brown', 'Cy Cole', 'Al Adams']);
    expect(html).toMatch(/<th scope="col" class="nhsuk-table__header" data-sort="" aria-sort="descending"><button type="button" class="nhsuk-link">Band<\/button>/);
    expect(html).toContain('Sorted by Band (descending)');
  });

  it('makes sortable headers buttons and leaves the others as text', () => {
    const html = renderToStaticMarkup(<DataTable caption="Staff" columns={columns} data={people} />);
    expect(html).toContain('<button type="button" class="nhsuk-link">Name</button>');
    expect(html).toContain('<th scope="col" class="nhsuk-table__header nhsuk-table__header--numeric">Hours</th>');
    expect(html).not.toContain('aria-sort');
  });

  it('right-aligns numeric cells', () => {
    const html = renderToStaticMarkup(<DataTable caption="Staff" columns={columns} data={[aPerson()]} />);
    expect(html).toContain('<td class="nhsuk-table__cell nhsuk-table__cell--numeric">37.5</td>');
  });

  it('keeps the server order of a manual page and pages by the server total', () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Staff"
        columns={columns}
        data={people}
        manual
        rowCount={80}
        sorting={[{ id: 'name', desc: false }]}
        pagination={{ pageIndex: 1, pageSize: 25 }}
        rowNoun={{ one: 'person', other: 'people' }}
        getPageHref={(pageIndex) => `?page=${pageIndex + 1}`}
      />,
    );
    expect(rowNames(html)).toEqual(['Bo Brown', 'Al Adams', 'Cy Cole']);
    expect(html).toContain('Showing 26 to 50 of 80 people');
    expect(html).toContain('href="?page=4"');
    expect(html).toContain('aria-current="page"');
  });

  it('slices rows held in memory into pages', () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Staff" columns={columns} data={people} initialPagination={{ pageIndex: 0, pageSize: 2 }} />,
    );
    expect(rowNames(html)).toEqual(['Bo Brown', 'Al Adams']);
    expect(html).toContain('aria-label="Page 2"');
  });

  it('shows the empty message instead of an empty table', () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Staff" columns={columns} data={[]} emptyMessage="No staff match your filters." />,
    );
    expect(html).not.toContain('<table');
    expect(html).toContain('<h2 class="nhsuk-heading-m">Staff</h2>');
    expect(html).toContain('No staff match your filters.');
  });

  it('marks the table busy while a newer page loads', () => {
    const html = renderToStaticMarkup(<DataTable caption="Staff" columns={columns} data={people} busy />);
    expect(html).toContain('aria-busy="true"');
  });

  it('uses the compact NHS.UK table when asked', () => {
    const html = renderToStaticMarkup(<DataTable caption="Staff" columns={columns} data={people} compact />);
    expect(html).toContain('class="nhsuk-table nhsuk-table--sortable nhsuk-table--compact"');
  });

  it('shows no column as sorted when the sort is by a field it does not show', () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Staff" columns={columns} data={people} manual rowCount={3} sorting={[{ id: 'startDate', desc: false }]} />,
    );
    expect(html).not.toContain('aria-sort');
    expect(rowNames(html)).toEqual(['Bo Brown', 'Al Adams', 'Cy Cole']);
  });

  it('explains a page past the end of the list instead of showing an empty table', () => {
    const html = renderToStaticMarkup(
      <DataTable caption="Staff" columns={columns} data={[]} manual rowCount={60} pagination={{ pageIndex: 8, pageSize: 25 }} />,
    );
    expect(html).not.toContain('<table');
    expect(html).toContain('There is no page 9: the list has 3 pages.');
    expect(html).toContain('aria-label="Page 3"');
  });
});
