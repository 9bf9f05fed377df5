'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useContext, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  ComboBox,
  ComboBoxStateContext,
  Header,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  ListBoxSection,
  Popover,
  Text,
} from 'react-aria-components';
import { controlClasses } from '@/components/ui/input';
import { formatMoney } from '@/lib/platform/i18n/format';
import type { Locale } from '@/lib/platform/i18n/locales';
import type { SuggestionsDto } from '@/lib/search/search-api.schemas';

const DEBOUNCE_MS = 150;

type Option = { id: string; url: string; label: string; detail?: string; image?: { url: string; alt: string } | null };
type Section = { id: 'products' | 'categories' | 'brands'; title: string; options: Option[] };

/** Where the caret was in the plain field this combobox replaces, if that field had the focus. */
export type TakenOverFocus = { start: number | null; end: number | null } | null;

/**
 * The header search field as a combobox (WAI-ARIA pattern via React Aria) offering products,
 * categories and brands from GET /api/v1/search/suggestions while typing. Arrows move through the
 * suggestions, Enter opens the highlighted one or searches for the text (the surrounding GET form to
 * /search), Escape closes the list. SearchBox loads it on the first approach to its plain field and
 * hands over what was typed there and the focus, so a visitor typing on keeps typing into this one.
 */
export function SearchCombobox({ initialText, focus }: { initialText: string; focus: TakenOverFocus }) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(initialText);
  const { sections, answered } = useSuggestions(text, locale);
  const visible = text.trim() ? sections : [];
  // Before the first paint, so that no keystroke falls between the plain field and this one.
  useLayoutEffect(() => {
    if (!focus) return;
    inputRef.current?.focus();
    inputRef.current?.setSelectionRange(focus.start, focus.end);
    // Only on taking over: the focus is the visitor's from then on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // With no suggestion highlighted, Enter searches for the text (React Aria keeps Enter while the list is open).
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.currentTarget.getAttribute('aria-activedescendant'))
      event.currentTarget.form?.requestSubmit();
  };

  return (
    <ComboBox
      name="q"
      formValue="text"
      allowsCustomValue
      // Open while typing (React Aria opens the list only on input, not when an answer arrives later);
      // an emptied field (Escape clears it) closes it.
      allowsEmptyCollection={text.trim() !== ''}
      menuTrigger="input"
      inputValue={text}
      onInputChange={setText}
      items={visible}
      className="relative flex-1"
    >
      <Label className="sr-only">{t('search.label')}</Label>
      <Input
        ref={inputRef}
        type="search"
        placeholder={t('nav.searchPlaceholder')}
        onKeyDown={onKeyDown}
        className={controlClasses}
      />
      {/* Text typed into the plain field is input too: its suggestions open as if typed here. */}
      <OpenOnTakeOver open={focus !== null && initialText.trim() !== ''} />
      {/* "No suggestions" only once the server said so for the typed text. */}
      <SuggestionList emptyText={answered ? t('search.suggestions.none') : t('ui.loading')} />
    </ComboBox>
  );
}

function OpenOnTakeOver({ open }: { open: boolean }) {
  const state = useContext(ComboBoxStateContext);
  const opened = useRef(false);
  useEffect(() => {
    if (!open || opened.current) return;
    opened.current = true;
    state?.open(null, 'input');
  }, [open, state]);
  return null;
}

/** The suggestions for what was typed, asked DEBOUNCE_MS after the last keystroke (earlier requests aborted). */
function useSuggestions(text: string, locale: Locale): { sections: Section[]; answered: boolean } {
  const t = useTranslations();
  // The last answer and the text it answers; it stays while the next one is on its way (no flicker).
  const [loaded, setLoaded] = useState<{ q: string; sections: Section[] }>({ q: '', sections: [] });
  const [titles] = useState(() => ({
    products: t('search.suggestions.products'),
    categories: t('search.suggestions.categories'),
    brands: t('search.suggestions.brands'),
  }));

  useEffect(() => {
    const q = text.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const url = `/api/v1/search/suggestions?q=${encodeURIComponent(q)}&locale=${locale}`;
      fetch(url, { signal: controller.signal, headers: { accept: 'application/json' } })
        .then((response) => (response.ok ? (response.json() as Promise<SuggestionsDto>) : null))
        .then((body) => {
          if (body) setLoaded({ q, sections: toSections(body, titles, locale) });
        })
        // A failed or aborted request leaves the last suggestions; searching still works.
        .catch(() => undefined);
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, locale, titles]);

  return { sections: loaded.sections, answered: loaded.q === text.trim() };
}

function SuggestionList({ emptyText }: { emptyText: string }) {
  return (
    <Popover
      placement="bottom start"
      className="w-(--trigger-width) min-w-72 overflow-auto rounded-md border border-gray-300 bg-white shadow-lg"
    >
      <ListBox<Section>
        className="max-h-[70vh] p-1 outline-none"
        renderEmptyState={() => <p className="px-3 py-2 text-sm text-gray-700">{emptyText}</p>}
      >
        {(section) => (
          <ListBoxSection id={section.id} className="pb-1">
            <Header className="px-3 pt-2 pb-1 text-xs font-semibold tracking-wide text-gray-700 uppercase">
              {section.title}
            </Header>
            {section.options.map((option) => (
              <ListBoxItem
                key={option.id}
                id={option.id}
                href={option.url}
                textValue={option.label}
                className="flex min-h-11 cursor-pointer items-center gap-3 rounded px-3 py-1.5 text-sm outline-none data-focused:bg-brand-50"
              >
                {option.image !== undefined && (
                  <span className="size-10 shrink-0 overflow-hidden rounded bg-gray-100">
                    {option.image && (
                      // eslint-disable-next-line @next/next/no-img-element -- tiny thumbnails from the catalogue's own URLs
                      <img src={option.image.url} alt="" className="size-full object-cover" loading="lazy" />
                    )}
                  </span>
                )}
                <span className="min-w-0 flex-1">
                  <Text slot="label" className="block truncate">
                    {option.label}
                  </Text>
                  {option.detail && (
                    <Text slot="description" className="block text-xs text-gray-700">
                      {option.detail}
                    </Text>
                  )}
                </span>
              </ListBoxItem>
            ))}
          </ListBoxSection>
        )}
      </ListBox>
    </Popover>
  );
}

function toSections(body: SuggestionsDto, titles: Record<Section['id'], string>, locale: Locale): Section[] {
  const sections: Section[] = [
    {
      id: 'products',
      title: titles.products,
      options: body.products.map((p) => ({
        id: `p:${p.slug}`,
        url: p.url,
        label: p.name,
        detail: formatMoney(p.price, locale),
        image: p.image,
      })),
    },
    {
      id: 'categories',
      title: titles.categories,
      options: body.categories.map((c) => ({ id: `c:${c.path}`, url: c.url, label: c.name })),
    },
    {
      id: 'brands',
      title: titles.brands,
      options: body.brands.map((b) => ({ id: `b:${b.slug}`, url: b.url, label: b.name })),
    },
  ];
  return sections.filter((section) => section.options.length > 0);
}
