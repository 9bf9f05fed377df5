import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/ui/button';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { can } from '@/lib/platform/auth/permissions.rules';
import type { CategoryNode } from '@/lib/catalog/categories.reads';
import { LanguageSwitch } from './language-switch';
import { MiniCart } from './mini-cart';
import { SignInLink } from './sign-in-link';
import { SearchBox } from './search-box';
import { SignOutButton } from './sign-out-button';

/** The one navigation shell header, shared by every channel's storefront views. */
export function SiteHeader({ categories, actor }: { categories: CategoryNode[]; actor: Actor | null }) {
  const t = useTranslations();
  return (
    <header className="border-b border-gray-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {t('nav.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-3 px-4 py-3">
        <Link href="/" className="text-xl font-bold text-brand-800">
          {t('site.name')}
        </Link>
        <SearchBox />
        <LanguageSwitch />
        <nav aria-label={t('nav.account')} className="ml-auto flex items-center gap-1">
          {actor && can(actor, 'backoffice:access') && (
            <ButtonLink href="/admin" variant="quiet">
              {t('nav.admin')}
            </ButtonLink>
          )}
          {actor ? (
            <>
              <ButtonLink href="/account" variant="quiet">
                {t('nav.account')}
              </ButtonLink>
              <SignOutButton />
            </>
          ) : (
            <SignInLink>{t('nav.signIn')}</SignInLink>
          )}
          <MiniCart signedIn={actor !== null} />
        </nav>
      </div>
      <nav aria-label={t('nav.categories')} className="border-t border-gray-100 bg-brand-50">
        <ul className="mx-auto flex max-w-7xl gap-1 overflow-x-auto px-4 text-sm">
          {categories.map((category) => (
            <li key={category.id} className="shrink-0">
              <Link
                href={`/c/${category.path}`}
                className="block px-3 py-2.5 font-medium text-brand-800 hover:bg-brand-100"
              >
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
