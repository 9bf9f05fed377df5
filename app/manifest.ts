import type { MetadataRoute } from 'next';
import { getTranslations } from 'next-intl/server';
import { DEFAULT_LOCALE } from '@/lib/platform/i18n/locales';

/** The web app manifest: the shop's name and icons when a visitor adds it to a phone's home screen. */
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: 'site' });
  return {
    name: t('name'),
    short_name: t('name'),
    description: t('tagline'),
    start_url: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: '#0a614c',
    icons: [
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      { src: '/apple-icon.png', sizes: '180x180', type: 'image/png' },
    ],
  };
}
