'use client';

import { useEffect, useState } from 'react';
import {
  Button as AriaButton,
  ComboBox as AriaComboBox,
  FieldError,
  type Key,
  Input as AriaInput,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
} from 'react-aria-components';
import { cx } from './cx';
import { controlClasses } from './input';

export type ComboboxItem = { id: string; label: string; description?: string };

type CommonProps = {
  label: string;
  /** The chosen item's id is posted under this name (a hidden input), so a plain form submits it. */
  name: string;
  hint?: string;
  errors?: readonly string[];
  placeholder?: string;
  /** Shown in the list when nothing matches what was typed. */
  emptyText: string;
  /** The item chosen when the page loads (editing a record). */
  defaultItem?: ComboboxItem | null;
  required?: boolean;
  disabled?: boolean;
  className?: string;
  onChange?: (item: ComboboxItem | null) => void;
};

export type ComboboxProps = CommonProps &
  (
    | { items: readonly ComboboxItem[] }
    | {
        /**
         * A same-origin URL answering GET `?{queryParam}=typed text` with `{ "items": ComboboxItem[] }`,
         * asked 250 ms after the last keystroke (earlier requests are aborted).
         */
        source: string;
        queryParam?: string;
        loadingText: string;
        /** Shown in the list when the request failed. */
        errorText: string;
      }
  );

const DEBOUNCE_MS = 250;

/**
 * Pick one record by typing part of its name (a category, product or customer) instead of knowing its
 * path or id: React Aria's combobox (arrow keys move through the list, Enter picks, Escape closes and
 * restores the text). From a fixed `items` list or loaded from `source` as the user types. Needs
 * JavaScript; where a form must work without, use a Select.
 */
export function Combobox(props: ComboboxProps) {
  return 'source' in props ? <RemoteCombobox {...props} /> : <StaticCombobox {...props} />;
}

function StaticCombobox({ items, defaultItem, onChange, ...shell }: CommonProps & { items: readonly ComboboxItem[] }) {
  return (
    <ComboboxShell
      {...shell}
      defaultItems={items}
      defaultValue={defaultItem?.id ?? null}
      onChange={(key) => onChange?.(items.find((item) => item.id === key) ?? null)}
    />
  );
}

type Loaded = { query: string; items: ComboboxItem[]; failed: boolean };

function RemoteCombobox({
  source,
  queryParam = 'q',
  loadingText,
  errorText,
  emptyText,
  defaultItem,
  onChange,
  ...shell
}: Extract<ComboboxProps, { source: string }>) {
  const [selected, setSelected] = useState<ComboboxItem | null>(defaultItem ?? null);
  const [inputValue, setInputValue] = useState(defaultItem?.label ?? '');
  // null until the user types or opens the list: nothing is fetched for a field nobody touches.
  const [query, setQuery] = useState<string | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    if (query === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchItems(source, queryParam, query, controller.signal).then(
        (items) => setLoaded({ query, items, failed: false }),
        () => {
          if (!controller.signal.aborted) setLoaded({ query, items: [], failed: true });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [source, queryParam, query]);

  const loading = query !== null && loaded?.query !== query;
  // While the next answer is on its way the last one stays, so the list does not flicker per keystroke.
  const items = loaded?.items ?? [];
  const choose = (key: Key | null) => {
    const item = key === null ? null : (items.find((i) => i.id === key) ?? (selected?.id === key ? selected : null));
    setSelected(item);
    setInputValue(item?.label ?? '');
    onChange?.(item);
  };
  return (
    <ComboboxShell
      {...shell}
      items={items}
      value={selected?.id ?? null}
      // React resets a form after its action, and React Aria answers a reset with the default choice and
      // text: the current ones, so a form sent back with errors (or for a confirmation) still holds them.
      defaultValue={selected?.id ?? null}
      defaultInputValue={inputValue}
      onChange={choose}
      inputValue={inputValue}
      onInputChange={(text) => {
        setInputValue(text);
        setQuery(text);
        // Both value and text are controlled here: clearing the text clears the choice.
        if (text === '' && selected) choose(null);
      }}
      onOpenChange={(isOpen, trigger) => {
        // Opened by the button or arrow keys with nothing asked yet: list the first matches of everything.
        if (isOpen && trigger !== 'input' && query === null) setQuery('');
      }}
      emptyText={loading ? loadingText : loaded?.failed ? errorText : emptyText}
    />
  );
}

async function fetchItems(source: string, param: string, query: string, signal: AbortSignal) {
  const url = new URL(source, window.location.href);
  url.searchParams.set(param, query);
  const response = await fetch(url, { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url.pathname} answered ${response.status}`);
  const body: unknown = await response.json();
  const items = (body as { items?: unknown }).items;
  if (!Array.isArray(items)) throw new Error(`${url.pathname} answered without items`);
  return items.filter(
    (item): item is ComboboxItem =>
      typeof item === 'object' && item !== null && typeof item.id === 'string' && typeof item.label === 'string',
  );
}

function ComboboxShell({
  label,
  name,
  hint,
  errors,
  placeholder,
  emptyText,
  required,
  disabled,
  className,
  ...state
}: Omit<CommonProps, 'defaultItem' | 'onChange'> & {
  items?: readonly ComboboxItem[];
  defaultItems?: readonly ComboboxItem[];
  value?: Key | null;
  defaultValue?: Key | null;
  onChange: (key: Key | null) => void;
  inputValue?: string;
  defaultInputValue?: string;
  onInputChange?: (text: string) => void;
  onOpenChange?: (isOpen: boolean, trigger?: 'focus' | 'input' | 'manual') => void;
}) {
  const invalid = Boolean(errors?.length);
  return (
    <AriaComboBox
      {...state}
      name={name}
      formValue="key"
      isRequired={required}
      isDisabled={disabled}
      isInvalid={invalid}
      // The server validates; the browser's own bubbles would speak another language than the page.
      validationBehavior="aria"
      allowsEmptyCollection
      className={cx('group', className)}
    >
      <Label className="mb-1 block text-sm font-medium">{label}</Label>
      <div className="relative">
        <AriaInput placeholder={placeholder} className={cx(controlClasses, 'pr-11')} />
        <AriaButton className="absolute inset-y-0 right-0 flex w-11 items-center justify-center rounded-r-md text-gray-700 hover:text-ink">
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
            <path d="M5.3 7.3a1 1 0 0 1 1.4 0L10 10.6l3.3-3.3a1 1 0 1 1 1.4 1.4l-4 4a1 1 0 0 1-1.4 0l-4-4a1 1 0 0 1 0-1.4Z" />
          </svg>
        </AriaButton>
      </div>
      {hint && (
        <Text slot="description" className="mt-1 block text-sm text-gray-700">
          {hint}
        </Text>
      )}
      <FieldError className="mt-1 block text-sm text-red-700">{errors?.join(' ')}</FieldError>
      <Popover className="w-(--trigger-width) overflow-auto rounded-md border border-gray-300 bg-white shadow-lg">
        <ListBox<ComboboxItem>
          className="max-h-72 p-1 outline-none"
          renderEmptyState={() => <p className="px-3 py-2 text-sm text-gray-700">{emptyText}</p>}
        >
          {(item) => (
            <ListBoxItem
              id={item.id}
              textValue={item.label}
              className="cursor-pointer rounded px-3 py-2 text-sm outline-none data-focused:bg-brand-50 data-selected:font-semibold"
            >
              {/* The slots make the label the option's name and the description its description. */}
              <Text slot="label" className="block">
                {item.label}
              </Text>
              {item.description && (
                <Text slot="description" className="block text-xs text-gray-700">
                  {item.description}
                </Text>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaComboBox>
  );
}
