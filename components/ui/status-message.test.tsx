import { describe, expect, it } from 'vitest';
import { render } from '@/lib/testing/static-markup';
import { StatusMessage } from './status-message';

const regions = (html: string) =>
  [...html.matchAll(/<div role="(status|alert)"(?: class="[^"]*")?>(.*?)<\/div>/g)].map(([, role, text]) => [
    role,
    text,
  ]);

describe('StatusMessage', () => {
  it('announces success politely and errors at once', () => {
    expect(regions(render(<StatusMessage tone="success">Saved.</StatusMessage>).html)).toEqual([
      ['status', 'Saved.'],
      ['alert', ''],
    ]);
    expect(regions(render(<StatusMessage tone="error">Could not save.</StatusMessage>).html)).toEqual([
      ['status', ''],
      ['alert', 'Could not save.'],
    ]);
  });

  it('keeps both live regions in the page, empty and unstyled, before there is a message', () => {
    const html = render(<StatusMessage tone="info">{null}</StatusMessage>).html;
    expect(html).toBe('<div role="status"></div><div role="alert"></div>');
  });
});
