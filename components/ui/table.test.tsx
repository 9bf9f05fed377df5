import { describe, expect, it } from 'vitest';
import { render } from '@/lib/testing/static-markup';
import { DataTable, type DataTableColumn } from './data-table';
import { Table, TBody, Td, Th, THead, Tr } from './table';

type Product = { id: string; name: string; stock: number };
const columns: Array<DataTableColumn<Product>> = [
  { key: 'name', header: 'Name', cell: (p) => p.name, rowHeader: true },
  { key: 'stock', header: 'Stock', cell: (p) => p.stock, numeric: true },
  { key: 'actions', header: 'Actions', cell: () => 'Edit' },
];

describe('Table', () => {
  it('is a focusable scroll region named by the table’s caption', () => {
    const page = render(
      <Table caption="Products">
        <TBody>
          <Tr>
            <Td>Bike</Td>
          </Tr>
        </TBody>
      </Table>,
    );
    const region = page.one('div', 'region').attrs;
    expect(region.tabindex).toBe('0');
    const caption = page.one('caption').attrs;
    expect(region['aria-labelledby']).toBe(caption.id);
    expect(page.textOf(caption.id!)).toBe('Products');
    expect(region.class).toContain('overflow-x-auto');
  });

  it('can hide the caption visually and keep it as the name', () => {
    const page = render(
      <Table caption="Orders to prepare" hideCaption>
        <TBody>{null}</TBody>
      </Table>,
    );
    expect(page.one('caption').attrs.class).toBe('sr-only');
  });

  it('header cells have a scope, numeric cells are right-aligned with tabular figures', () => {
    const page = render(
      <Table caption="Stock">
        <THead>
          <tr>
            <Th>Store</Th>
            <Th numeric>Units</Th>
          </tr>
        </THead>
        <TBody>
          <Tr>
            <Th scope="row">Berlin</Th>
            <Td numeric>12</Td>
          </Tr>
        </TBody>
      </Table>,
    );
    expect(page.find((tag) => tag.name === 'th').map((th) => th.attrs.scope)).toEqual(['col', 'col', 'row']);
    expect(page.one('td').attrs.class).toContain('text-right');
    expect(page.one('td').attrs.class).toContain('tabular-nums');
  });

  it('sticks the first column only when asked', () => {
    const sticky = render(
      <Table caption="Matrix" stickyFirstColumn>
        <TBody>{null}</TBody>
      </Table>,
    ).one('table').attrs.class;
    expect(sticky).toContain('[&_tr>:first-child]:sticky');
    const plain = render(
      <Table caption="Matrix">
        <TBody>{null}</TBody>
      </Table>,
    ).one('table').attrs.class;
    expect(plain).not.toContain('sticky');
  });
});

describe('DataTable', () => {
  it('renders one row per record with the row header as <th scope="row">', () => {
    const page = render(
      <DataTable
        caption="Products"
        columns={columns}
        rows={[
          { id: 'a', name: 'Bike', stock: 3 },
          { id: 'b', name: 'Bag', stock: 0 },
        ]}
        rowKey={(p) => p.id}
        empty="No products."
      />,
    );
    expect(page.find((tag) => tag.name === 'tr')).toHaveLength(3);
    expect(page.html).toContain('<th scope="row" class="px-3 py-2 font-medium">Bike</th>');
    expect(page.html).not.toContain('No products.');
  });

  it('says so in one row spanning all columns when there are no rows, under the headers', () => {
    const page = render(
      <DataTable caption="Products" columns={columns} rows={[]} rowKey={(p) => p.id} empty="No products match." />,
    );
    expect(page.find((tag) => tag.name === 'th').map((th) => th.attrs.scope)).toEqual(['col', 'col', 'col']);
    expect(page.one('td').attrs.colspan).toBe('3');
    expect(page.html).toMatch(/<td colSpan="3"[^>]*>No products match\.<\/td>/i);
  });

  it('puts the footer (pagination) after the scroll region', () => {
    const page = render(
      <DataTable
        caption="Products"
        columns={columns}
        rows={[]}
        rowKey={(p) => p.id}
        empty="None."
        footer={<nav aria-label="Pages">1 of 2</nav>}
      />,
    );
    expect(page.html.indexOf('<nav')).toBeGreaterThan(page.html.indexOf('</table>'));
  });
});
