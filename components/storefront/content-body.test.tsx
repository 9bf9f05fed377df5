import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ContentBody } from './content-body';

describe('ContentBody', () => {
  it('renders headings, lists and paragraphs with line breaks', () => {
    const html = renderToStaticMarkup(
      <ContentBody body={'## Contact\nVelo & Outdoor GmbH\nMusterstraße 12\n\n- Phone\n- E-mail\n\n1. First'} />,
    );
    expect(html).toContain('<h2 class="pt-4 text-xl font-semibold">Contact</h2>');
    expect(html).toContain('<span>Velo &amp; Outdoor GmbH</span><span><br/>Musterstraße 12</span>');
    expect(html).toMatch(/<ul[^>]*><li>Phone<\/li><li>E-mail<\/li><\/ul>/);
    expect(html).toMatch(/<ol[^>]*><li>First<\/li><\/ol>/);
  });

  it('shows typed HTML as text: no element is made from it', () => {
    const html = renderToStaticMarkup(
      <ContentBody body={'<script>alert(1)</script>\n- <img src=x onerror=alert(1)>\n## <b>bold</b>'} />,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
