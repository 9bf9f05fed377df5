import { useTranslations } from 'next-intl';
import Link from 'next/link';

export function Breadcrumb({ items }: { items: Array<{ name: string; href: string }> }) {
  const t = useTranslations();
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
