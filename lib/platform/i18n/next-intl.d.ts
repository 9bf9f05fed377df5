// Message keys and locales are checked by the compiler: a typo in t('…') fails the typecheck.
import type { Locale } from './locales';
import type { Messages } from './messages';

declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
