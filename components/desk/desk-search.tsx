'use client';

// The counter's one search field. It takes focus when the page opens, so a barcode scanner (which types
// the QR's content followed by Enter) submits it without a touch; a plain GET form, so Enter works before
// hydration too. Where the browser has the BarcodeDetector API, a button scans with the camera instead.
import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { DESK_LOOKUP_MAX } from '@/lib/pickup/desk-lookup.rules';
import { CameraScan } from './camera-scan';

export function DeskSearch({ action, query }: { action: string; query: string }) {
  const t = useTranslations('desk');
  const input = useRef<HTMLInputElement>(null);
  const submit = (value: string) => {
    if (!input.current) return;
    input.current.value = value;
    input.current.form?.requestSubmit();
  };
  return (
    <form
      action={action}
      method="get"
      role="search"
      aria-label={t('find')}
      className="rounded-lg border border-gray-300 bg-white p-4"
    >
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('find')} hint={t('findHint')} className="min-w-0 flex-1 basis-72">
          <Input
            ref={input}
            type="search"
            name="q"
            defaultValue={query}
            // The desk exists to scan into this field: focus on arrival is what staff expect.
            autoFocus
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            maxLength={DESK_LOOKUP_MAX}
            className="text-lg"
          />
        </Field>
        <Button type="submit" size="touch">
          {t('findButton')}
        </Button>
        <CameraScan onCode={submit} />
      </div>
    </form>
  );
}
