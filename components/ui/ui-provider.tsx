'use client';

import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';

/**
 * Tells React Aria the page's language, once around the app (root layout). Without it React Aria takes
 * the browser's language after hydration and "en-US" on the server, so its own few words (a toast
 * region's "2 notifications", the combobox's "3 options available") would not follow the shop's
 * language switch.
 */
export function UiProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return <I18nProvider locale={locale}>{children}</I18nProvider>;
}
