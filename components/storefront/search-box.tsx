'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { Button } from '@/components/ui/button';
import { controlClasses } from '@/components/ui/input';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { SearchCombobox, TakenOverFocus } from './search-combobox';

type TakeOver = { Combobox: typeof SearchCombobox; initialText: string; focus: TakenOverFocus };

/**
 * The header's search: a plain GET form to /search (works without JavaScript). Its field becomes the
 * suggesting combobox (search-combobox.tsx) only when a visitor comes near it (pointer, touch, focus):
 * React Aria's combobox and popover are the largest part of the header's JavaScript, and loading them
 * with every page cost phones about a fifth of a second of blocked main thread (docs/decisions.md).
 * Until then the field is a combobox with its list closed, as React Aria's is.
 * The showroom sends the text to `action` /showroom/find instead, which opens a scanned or typed
 * EAN/SKU's variant directly.
 */
export function SearchBox({ action = '/search' }: { action?: string }) {
  const t = useTranslations();
  const plainRef = useRef<HTMLInputElement>(null);
  const requested = useRef(false);
  const [takeOver, setTakeOver] = useState<TakeOver | null>(null);
  // Marks the form once React listens to the field (tests wait for it before expecting suggestions).
  const hydrated = useHydrated();

  const enhance = () => {
    if (requested.current) return;
    requested.current = true;
    import('./search-combobox').then(
      ({ SearchCombobox: Combobox }) => {
        // Read at the moment of the swap (the visitor may have typed while the module loaded), and swap in
        // the same task: a keystroke between reading and a later render would be lost.
        const plain = plainRef.current;
        const focused = plain !== null && document.activeElement === plain;
        flushSync(() =>
          setTakeOver({
            Combobox,
            initialText: plain?.value ?? '',
            focus: focused ? { start: plain.selectionStart, end: plain.selectionEnd } : null,
          }),
        );
      },
      // Offline or a new deployment: the plain field keeps working; the next approach tries again.
      () => {
        requested.current = false;
      },
    );
  };

  return (
    <form
      action={action}
      method="get"
      role="search"
      data-enhanced={hydrated || undefined}
      className="order-last flex w-full gap-2 sm:order-none sm:w-auto sm:flex-1"
    >
      {takeOver ? (
        <takeOver.Combobox initialText={takeOver.initialText} focus={takeOver.focus} />
      ) : (
        <div className="relative flex-1">
          <label htmlFor="site-search" className="sr-only">
            {t('search.label')}
          </label>
          <input
            ref={plainRef}
            id="site-search"
            name="q"
            type="search"
            // No aria-controls while no list exists (ARIA 1.3 asks for it only when expanded; React Aria's closed combobox has none either).
            // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
            role="combobox"
            aria-expanded="false"
            aria-autocomplete="list"
            autoComplete="off"
            placeholder={t('nav.searchPlaceholder')}
            onPointerEnter={enhance}
            onTouchStart={enhance}
            onFocus={enhance}
            className={controlClasses}
          />
        </div>
      )}
      <Button type="submit" size="touch">
        {t('search.submit')}
      </Button>
    </form>
  );
}
