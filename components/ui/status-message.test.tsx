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

describe('StatusMessage options', () => {
  it('shows a plain message as text in its tone, without the box', () => {
    const region = render(
      <StatusMessage tone="error" plain>
        Too many.
      </StatusMessage>,
    ).one('div', 'alert');
    expect(region.attrs.class).toContain('text-red-800');
    expect(region.attrs.class).not.toContain('border');
  });

  it('with an id, wraps both regions so aria-describedby reads whichever holds the message', () => {
    const page = render(
      <StatusMessage tone="success" id="save-status">
        Saved.
      </StatusMessage>,
    );
    expect(page.html).toMatch(
      /^<div id="save-status"><div role="status"[^>]*>Saved\.<\/div><div role="alert"><\/div><\/div>$/,
    );
    expect(page.textOf('save-status')).toBe('Saved.');
  });
});
