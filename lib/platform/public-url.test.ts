import { describe, expect, it } from 'vitest';
import { publicUrl } from './public-url';

describe('publicUrl', () => {
  it.each([
    [{}, 'http://localhost:3000'],
    [{ PORT: '4000' }, 'http://localhost:4000'],
    [{ PUBLIC_URL: 'https://shop.example.com/' }, 'https://shop.example.com'],
    [{ PUBLIC_URL: ' https://example.com/shop/ ' }, 'https://example.com/shop'],
  ])('%j → %s', (env, url) => {
    expect(publicUrl(env)).toBe(url);
  });

  it.each(['shop.example.com', 'javascript:alert(1)', 'ftp://example.com'])('refuses %j', (value) => {
    expect(() => publicUrl({ PUBLIC_URL: value })).toThrow(/PUBLIC_URL must be/);
  });
});
