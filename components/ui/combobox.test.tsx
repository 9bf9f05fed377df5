import { describe, expect, it } from 'vitest';
import { render } from '@/lib/testing/static-markup';
import { Combobox } from './combobox';

const categories = [
  { id: 'c-bikes', label: 'Bikes' },
  { id: 'c-bags', label: 'Bags', description: 'Parts & accessories' },
];

describe('Combobox (server-rendered, before hydration)', () => {
  it('is a labelled combobox input whose chosen id is posted under its name', () => {
    const page = render(
      <Combobox
        label="Category"
        name="categoryId"
        emptyText="No results"
        items={categories}
        defaultItem={categories[1]}
      />,
    );
    const input = page.one('input', 'combobox').attrs;
    const label = page.one('label').attrs;
    expect(label.for).toBe(input.id);
    expect(input['aria-labelledby']).toBe(label.id);
    expect(input.value).toBe('Bags');
    expect(page.find((tag) => tag.name === 'input' && tag.attrs.type === 'hidden')).toEqual([
      { name: 'input', attrs: { type: 'hidden', name: 'categoryId', value: 'c-bags' } },
    ]);
  });

  it('posts an empty value when nothing is chosen', () => {
    const hidden = render(
      <Combobox label="Category" name="categoryId" emptyText="No results" items={categories} />,
    ).find((tag) => tag.attrs.type === 'hidden');
    expect(hidden.map((tag) => tag.attrs.value)).toEqual(['']);
  });

  it('names its hint and errors with aria-describedby and is invalid while there are errors', () => {
    const page = render(
      <Combobox
        label="Category"
        name="categoryId"
        emptyText="No results"
        items={categories}
        hint="Type part of the name."
        errors={['Choose a category.']}
      />,
    );
    const input = page.one('input', 'combobox').attrs;
    expect(input['aria-invalid']).toBe('true');
    const described = input['aria-describedby']!.split(' ');
    const error = page.find((tag) => tag.attrs.slot === 'errorMessage');
    const hint = page.find((tag) => tag.attrs.slot === 'description');
    expect(described).toEqual(expect.arrayContaining([error[0]!.attrs.id, hint[0]!.attrs.id]));
    expect(page.textOf(error[0]!.attrs.id!)).toBe('Choose a category.');
  });

  it('loading from a URL, shows and posts the item chosen before', () => {
    const page = render(
      <Combobox
        label="Product"
        name="productId"
        source="/admin/lookup/products"
        emptyText="No results"
        loadingText="Loading…"
        errorText="Could not load."
        defaultItem={{ id: 'p-1', label: 'Road bike' }}
      />,
    );
    expect(page.one('input', 'combobox').attrs.value).toBe('Road bike');
    expect(page.find((tag) => tag.attrs.type === 'hidden').map((tag) => tag.attrs)).toEqual([
      { type: 'hidden', name: 'productId', value: 'p-1' },
    ]);
  });
});
