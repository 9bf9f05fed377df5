'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { RegretReview } from './regret-review';

/** CSV import: pick a file (read in the browser into the text field) or paste; all or nothing. */
export function PriceEntriesImportForm({
  action,
  priceListId,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  priceListId: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const mode = state && !state.ok ? (state.choices?.mode?.[0] ?? 'add') : 'add';
  const text = useRef<HTMLTextAreaElement>(null);
  const problems = state && !state.ok ? [...(state.fieldErrors?.csv ?? []), ...(state.fieldErrors?.mode ?? [])] : [];
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
      <div>
        <label htmlFor="import-file" className="mb-1 block text-sm font-medium">
          {t('admin.pricing.import.file')}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          className="text-sm"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (file && text.current) text.current.value = await file.text();
          }}
        />
      </div>
      <div>
        <label htmlFor="import-csv" className="mb-1 block text-sm font-medium">
          {t('admin.pricing.import.content')}
        </label>
        <textarea
          id="import-csv"
          ref={text}
          name="csv"
          rows={5}
          defaultValue={state && !state.ok ? (state.values?.csv ?? '') : ''}
          aria-describedby={problems.length ? 'import-problems' : undefined}
          className="w-full rounded-md border border-gray-400 px-3 py-2 font-mono text-xs"
        />
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t('admin.pricing.import.mode')}</legend>
        <label className="mr-4 inline-flex items-center gap-2 text-sm">
          <input type="radio" name="mode" value="add" defaultChecked={mode === 'add'} />
          {t('admin.pricing.import.add')}
        </label>
        <label className="inline-flex items-center gap-2 text-sm">
          <input type="radio" name="mode" value="replace" defaultChecked={mode === 'replace'} />
          {t('admin.pricing.import.replace')}
        </label>
      </fieldset>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {t('admin.pricing.import.submit')}
        </button>
        <p role="status" className="text-sm">
          {state?.ok ? (
            t('admin.pricing.import.imported', { count: Number(state.message ?? 0) })
          ) : state && !state.ok ? (
            <span className="text-red-700">{state.formError}</span>
          ) : null}
        </p>
      </div>
      {problems.length > 0 && (
        <ul id="import-problems" className="list-disc space-y-1 pl-5 text-sm text-red-700">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <RegretReview state={state} pending={pending} />
    </form>
  );
}
