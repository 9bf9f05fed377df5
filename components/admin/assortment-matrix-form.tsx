'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef } from 'react';
import { TableScroll } from '@/components/ui/table-scroll';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { AssortmentPreviewPanel } from './assortment-preview';
import { FieldError } from './field-error';

export type AssortmentMatrixRow = {
  id: string;
  name: string;
  slug: string;
  /** The product's status when it is not active (the storefront shows active products only). */
  statusNote: string | null;
  cells: Array<{ channelId: string; listed: boolean; state: string; reason: string }>;
};

/**
 * The products × channels matrix with a checkbox per product and the bulk include/exclude controls,
 * all in one form so the preview round-trip keeps the ticked boxes (echoed as `choices.productIds`).
 */
export function AssortmentMatrixForm({
  action,
  channels,
  rows,
  writable,
}: {
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
  channels: Array<{ id: string; code: string; name: string }>;
  rows: AssortmentMatrixRow[];
  writable: boolean;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const ticked = failed?.choices?.productIds ?? [];
  const effect = failed?.values?.effect ?? 'exclude';
  // React applies a select's defaultValue only when it mounts, and resets the form after every
  // submit: keyed by its value, the select remounts with what was sent (the preview resubmits it).
  const channelId = failed?.values?.channelId ?? '';
  const selectAll = (on: boolean) =>
    form.current?.querySelectorAll<HTMLInputElement>('input[name="productIds"]').forEach((box) => (box.checked = on));
  return (
    <form ref={form} action={formAction} className="mt-2 space-y-4" noValidate>
      <TableScroll label={t('admin.assortment.matrix')}>
        <table className="min-w-full text-left text-sm">
          <thead className="bg-gray-100">
            <tr>
              {writable && (
                <th scope="col" className="px-3 py-2">
                  <input
                    type="checkbox"
                    aria-label={t('admin.assortment.selectAll')}
                    onChange={(event) => selectAll(event.currentTarget.checked)}
                  />
                </th>
              )}
              <th scope="col" className="px-3 py-2">
                {t('admin.assortment.col.product')}
              </th>
              {channels.map((c) => (
                <th key={c.id} scope="col" className="px-3 py-2 whitespace-nowrap">
                  {c.name} <span className="font-normal text-gray-700">({c.code})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-t border-gray-100 align-top">
                {writable && (
                  <td className="px-3 py-2">
                    <input
                      type="checkbox"
                      name="productIds"
                      value={row.id}
                      defaultChecked={ticked.includes(row.id)}
                      aria-label={t('admin.assortment.select').replace('{name}', () => row.name)}
                    />
                  </td>
                )}
                <th scope="row" className="px-3 py-2 font-normal">
                  <span className="font-medium">{row.name}</span>
                  <span className="block font-mono text-xs text-gray-700">{row.slug}</span>
                  {row.statusNote && <span className="block text-xs text-gray-700">{row.statusNote}</span>}
                </th>
                {row.cells.map((cell) => (
                  <td key={cell.channelId} className="px-3 py-2">
                    <span className={cell.listed ? 'font-medium text-green-800' : 'font-medium text-red-800'}>
                      {cell.state}
                    </span>
                    <span className="block text-xs text-gray-700">{cell.reason}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {writable && (
        <fieldset className="grid max-w-3xl gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2">
          <legend className="px-1 font-semibold">{t('admin.assortment.bulk.title')}</legend>
          <div>
            <label htmlFor="bulk-channel" className="mb-1 block text-sm font-medium">
              {t('admin.assortment.bulk.channel')}
            </label>
            <select
              key={channelId}
              id="bulk-channel"
              name="channelId"
              defaultValue={channelId}
              aria-describedby={errors.channelId?.length ? 'bulk-channel-error' : undefined}
              className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
            >
              <option value="">{t('admin.assortment.bulk.chooseChannel')}</option>
              {channels.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.code})
                </option>
              ))}
            </select>
            <FieldError id="bulk-channel-error" errors={errors.channelId} />
          </div>
          <fieldset aria-describedby={errors.effect?.length ? 'bulk-effect-error' : undefined}>
            <legend className="mb-1 text-sm font-medium">{t('admin.assortment.bulk.effect')}</legend>
            <div className="flex flex-wrap gap-4">
              {(['include', 'exclude'] as const).map((e) => (
                <label key={e} className="flex items-center gap-2 text-sm">
                  <input type="radio" name="effect" value={e} defaultChecked={effect === e} />
                  {t(`admin.assortment.bulk.${e}`)}
                </label>
              ))}
            </div>
            <FieldError id="bulk-effect-error" errors={errors.effect} />
          </fieldset>
          <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
            <button
              type="submit"
              disabled={pending}
              aria-describedby={errors.productIds?.length ? 'bulk-products-error' : undefined}
              className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
            >
              {t('admin.assortment.bulk.submit')}
            </button>
            <p role="status" className="text-sm">
              {state?.ok ? (
                state.message === 'included' ? (
                  t('admin.assortment.bulk.included')
                ) : (
                  t('admin.assortment.bulk.excluded')
                )
              ) : failed?.formError ? (
                <span className="text-red-700">{failed.formError}</span>
              ) : null}
            </p>
          </div>
          <div className="sm:col-span-2">
            <FieldError id="bulk-products-error" errors={errors.productIds} />
            <AssortmentPreviewPanel state={state} confirmLabel={t('admin.assortment.preview.save')} pending={pending} />
          </div>
        </fieldset>
      )}
    </form>
  );
}
