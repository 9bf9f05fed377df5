import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { Button, ButtonLink } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { Actor } from '@/lib/platform/auth/permissions.rules';
import { can } from '@/lib/platform/auth/permissions.rules';
import type { CategoryNode } from '@/lib/catalog/categories.reads';
import { LanguageSwitch } from './language-switch';
import { MiniCart } from './mini-cart';
import { SignInLink } from './sign-in-link';
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
          <Field id="site-search" label={t('search.label')} hideLabel className="flex-1">
            <Input name="q" type="search" placeholder={t('nav.searchPlaceholder')} />
          </Field>
          <Button type="submit">{t('search.submit')}</Button>
        </form>
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
