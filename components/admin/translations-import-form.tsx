'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { importTranslationsAction } from '@/app/admin/translations/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import type { Locale } from '@/lib/platform/i18n/locales';
import { ActionStatus } from './action-status';

/** Translation CSV import for one language: pick a file (read in the browser) or paste; all or nothing. */
export function TranslationsImportForm({ locales }: { locales: Locale[] }) {
  const t = useTranslations('admin.translations');
  const [state, formAction, pending] = useActionState(importTranslationsAction, null);
  const failed = state && !state.ok ? state : null;
  const text = useRef<HTMLTextAreaElement>(null);
  const problems = failed ? [...(failed.fieldErrors?.csv ?? []), ...(failed.fieldErrors?.locale ?? [])] : [];
  return (
    <form
      action={formAction}
      aria-labelledby="translations-import-title"
      className="grid max-w-3xl gap-3 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="translations-import-title" className="text-lg font-semibold">
        {t('import.title')}
      </h2>
      <Field label={t('import.locale')} className="w-56">
        <Select
          name="locale"
          defaultValue={failed?.values?.locale ?? locales[0]}
          options={locales.map((locale) => ({ value: locale, label: t(`language.${locale}`) }))}
        />
      </Field>
      <Field label={t('import.file')}>
        <input
          type="file"
          accept=".csv,text/csv"
          className="block min-h-11 text-sm file:mr-3 file:min-h-11 file:rounded-md file:border file:border-gray-500 file:bg-white file:px-4 file:font-medium"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (file && text.current) text.current.value = await file.text();
          }}
        />
      </Field>
      <Field label={t('import.content')} errors={problems}>
        <Textarea
          ref={text}
          name="csv"
          rows={6}
          defaultValue={failed?.values?.csv ?? ''}
          className="font-mono text-sm"
        />
      </Field>
      <div>
        <Button type="submit" size="touch" pending={pending}>
          {t('import.submit')}
        </Button>
        <ActionStatus
          state={state}
          success={state?.ok && t('import.imported', { count: Number(state.message ?? 0) })}
        />
      </div>
    </form>
  );
}
