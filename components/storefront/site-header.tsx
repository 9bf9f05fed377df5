import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { can } from '@/lib/platform/auth/permissions.rules';
import type { CategoryNode } from '@/lib/catalog/categories.reads';
import { LanguageSwitch } from './language-switch';
import { MiniCart } from './mini-cart';
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
        <form
          action="/search"
          method="get"
          role="search"
          className="order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1"
        >
          <label htmlFor="site-search" className="sr-only">
            {t('search.label')}
          </label>
          <input
            id="site-search"
            name="q"
            type="search"
            placeholder={t('nav.searchPlaceholder')}
            className="w-full rounded-md border border-gray-400 px-3 py-2 text-sm"
          />
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
          >
            {t('search.submit')}
          </button>
        </form>
        <LanguageSwitch />
        <nav aria-label={t('nav.account')} className="ml-auto flex items-center gap-3 text-sm">
          {actor && can(actor, 'backoffice:access') && (
            <Link href="/admin" className="underline-offset-2 hover:underline">
              {t('nav.admin')}
            </Link>
          )}
          {actor ? (
            <>
              <Link href="/account" className="underline-offset-2 hover:underline">
                {t('nav.account')}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <Link href="/sign-in" className="underline-offset-2 hover:underline">
              {t('nav.signIn')}
            </Link>
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
