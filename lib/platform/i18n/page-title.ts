import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Translate } from './messages';

/** `export const generateMetadata = pageTitle('meta.cart')`: the page's <title> in the visitor's language. */
export function pageTitle(key: Parameters<Translate>[0]) {
  return async (): Promise<Metadata> => {
    const t = await getTranslations();
    return { title: t(key) };
  };
}
