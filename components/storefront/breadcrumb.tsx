import Link from 'next/link';
import type { Translate } from '@/lib/platform/i18n/translate';

export function Breadcrumb({ t, items }: { t: Translate; items: Array<{ name: string; href: string }> }) {
  return (
    <nav aria-label={t('nav.breadcrumb')} className="mb-3 text-sm text-gray-700">
      <ol className="flex flex-wrap gap-1">
        <li>
          <Link href="/" className="underline-offset-2 hover:underline">
            {t('nav.home')}
          </Link>
        </li>
        {items.map((item, index) => (
          <li key={item.href} className="before:mx-1 before:content-['/']">
            {index === items.length - 1 ? (
              <span aria-current="page">{item.name}</span>
            ) : (
              <Link href={item.href} className="underline-offset-2 hover:underline">
                {item.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
