import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslator } from '@/lib/i18n/server';

export const metadata: Metadata = { title: 'Cart' };

export default async function CartPage() {
  const t = await getTranslator();
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t('cart.title')}</h1>
      <p className="mt-4">{t('cart.empty')}</p>
      <p className="mt-6">
        <Link href="/" className="underline">
          {t('cart.continue')}
        </Link>
      </p>
    </div>
  );
}
