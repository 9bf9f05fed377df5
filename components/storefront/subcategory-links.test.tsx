import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { tagsOf } from '@/lib/testing/static-markup';
import { SubcategoryLinks } from './subcategory-links';

describe('SubcategoryLinks', () => {
  it('links every subcategory as a touch-sized button in a named navigation', () => {
    const items = [
      { id: '1', path: 'bikes/e-bikes', name: 'E-Bikes' },
      { id: '2', path: 'bikes/kids', name: 'Kinderräder' },
    ];
    const tags = tagsOf(renderToStaticMarkup(<SubcategoryLinks label="Subcategories" items={items} />));
    expect(tags.find((tag) => tag.name === 'nav')?.attrs['aria-label']).toBe('Subcategories');
    const links = tags.filter((tag) => tag.name === 'a');
    expect(links.map((link) => link.attrs.href)).toEqual(['/c/bikes/e-bikes', '/c/bikes/kids']);
    // min-h-11 / min-w-11: 44 px (the e2e on a phone measures the rendered box).
    for (const link of links)
      expect(link.attrs.class!.split(' ')).toEqual(expect.arrayContaining(['min-h-11', 'min-w-11']));
  });
});
