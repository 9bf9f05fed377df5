import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { StorefrontCart } from '@/lib/cart/cart-api.schemas';
import { BUSINESS_TIME_ZONE } from '@/lib/platform/business-time.rules';
import { catalogues } from '@/lib/platform/i18n/messages';
import { render } from '@/lib/testing/static-markup';
import { MiniCartContents } from './mini-cart';

const EUR = (amount: number) => ({ amount, currency: 'EUR' });

const cart: StorefrontCart = {
  lines: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      sku: 'LK-100-RD',
      productName: 'Bügelschloss',
      productSlug: 'buegelschloss',
      options: [{ name: 'Farbe', value: 'Rot' }],
      image: { url: '/media/generated/lock/10.svg', alt: 'Bügelschloss in Rot' },
      quantity: 2,
      unitPrice: EUR(1299),
      lineTotal: EUR(2598),
      priceChanged: null,
      available: true,
      fulfillable: 9,
    },
    {
      id: '00000000-0000-4000-8000-000000000002',
      sku: 'HL-7',
      productName: 'Helm',
      productSlug: 'helm',
      options: [],
      image: null,
      quantity: 1,
      unitPrice: null,
      lineTotal: null,
      priceChanged: null,
      available: false,
      fulfillable: 0,
    },
  ],
  itemCount: 2,
  subtotal: EUR(2598),
  currency: 'EUR',
  pricesIncludeVat: true,
};

const noop = () => {};

function renderContents(props: { cart: StorefrontCart | undefined; status: 'pending' | 'error' | 'success' }) {
  return render(
    <NextIntlClientProvider locale="de" messages={catalogues.de} timeZone={BUSINESS_TIME_ZONE}>
      <MiniCartContents {...props} locale="de" onClose={noop} onRetry={noop} />
    </NextIntlClientProvider>,
  );
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ');

describe('MiniCartContents (server-rendered, German)', () => {
  it('says it is loading until the cart is there', () => {
    const page = renderContents({ cart: undefined, status: 'pending' });
    expect(textOf(page.html)).toContain('Ihr Warenkorb wird geladen…');
    expect(page.find((tag) => tag.name === 'ul')).toHaveLength(0);
  });

  it('offers to try again when the cart could not be loaded', () => {
    const page = renderContents({ cart: undefined, status: 'error' });
    expect(textOf(page.html)).toContain('Ihr Warenkorb konnte nicht geladen werden.');
    expect(page.one('button').attrs.type).toBe('button');
    expect(textOf(page.html)).toContain('Erneut versuchen');
    expect(page.one('a').attrs.href).toBe('/cart');
  });

  it('says an empty cart is empty', () => {
    const page = renderContents({ cart: { ...cart, lines: [], itemCount: 0, subtotal: EUR(0) }, status: 'success' });
    expect(textOf(page.html)).toContain('Ihr Warenkorb ist leer.');
    expect(textOf(page.html)).toContain('Weiter einkaufen');
  });

  it('lists each line with its variant, SKU, quantity and prices formatted from cents in the language', () => {
    const page = renderContents({ cart, status: 'success' });
    expect(page.one('ul').attrs['aria-label']).toBe('Artikel in Ihrem Warenkorb');
    const text = textOf(page.html);
    expect(text).toContain('Bügelschloss Farbe: Rot LK-100-RD Menge: 2 25,98 € je 12,99 €');
    expect(text).toContain('Helm HL-7 Menge: 1 Nicht mehr erhältlich.');
    expect(page.find((tag) => tag.name === 'a').map((a) => a.attrs.href)).toEqual([
      '/p/buegelschloss?variant=LK-100-RD',
      '/p/helm?variant=HL-7',
    ]);
    // The picture repeats the product name beside it, so screen readers skip it.
    expect(page.one('img').attrs.alt).toBe('');
  });
});
