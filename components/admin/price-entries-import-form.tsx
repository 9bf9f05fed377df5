'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { Textarea } from '@/components/ui/textarea';
import { ActionStatus } from './action-status';
import { RegretReview, type PriceWriteAction } from './regret-review';

/** CSV import: pick a file (read in the browser into the text field) or paste; all or nothing. */
export function PriceEntriesImportForm({ action, priceListId }: { action: PriceWriteAction; priceListId: string }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const text = useRef<HTMLTextAreaElement>(null);
  // Every problem of the file, one per line number, listed under the content they concern.
  const problems = failed ? [...(failed.fieldErrors?.csv ?? []), ...(failed.fieldErrors?.mode ?? [])] : [];
  return (
    <form
      action={formAction}
      aria-labelledby="import-title"
      className="grid gap-3 rounded-lg border border-gray-200 bg-white p-4"
    >
      <h3 id="import-title" className="font-semibold">
        {t('admin.pricing.import.title')}
      </h3>
      <input type="hidden" name="priceListId" value={priceListId} />
      <Field label={t('admin.pricing.import.file')}>
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
      <Field label={t('admin.pricing.import.content')} errors={problems}>
        <Textarea
          ref={text}
          name="csv"
          rows={5}
          defaultValue={failed?.values?.csv ?? ''}
          className="font-mono text-sm"
        />
      </Field>
      <RadioGroup
        legend={t('admin.pricing.import.mode')}
        name="mode"
        orientation="horizontal"
        defaultValue={failed?.choices?.mode?.[0] ?? 'add'}
        options={[
          { value: 'add', label: t('admin.pricing.import.add') },
          { value: 'replace', label: t('admin.pricing.import.replace') },
        ]}
      />
      <div>
        <Button type="submit" size="touch" pending={pending}>
          {t('admin.pricing.import.submit')}
        </Button>
        <ActionStatus
          state={state}
          success={state?.ok && t('admin.pricing.import.imported', { count: Number(state.message ?? 0) })}
        />
        <RegretReview state={state} pending={pending} />
      </div>
    </form>
  );
}
