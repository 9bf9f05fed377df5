'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setProductStatusAction } from '@/app/admin/products/[id]/actions';

const STATUSES = ['draft', 'active', 'archived'] as const;
type Status = (typeof STATUSES)[number];

export function ProductStatusForm({ productId, status }: { productId: string; status: Status }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(setProductStatusAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="productId" value={productId} />
      <div>
        <label htmlFor="product-status" className="mb-1 block text-sm font-medium">
          {t('admin.changeStatus')}
        </label>
        <select
          id="product-status"
          name="status"
          defaultValue={status}
          className="rounded-md border border-gray-400 bg-white px-3 py-2"
        >
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`admin.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
      >
        {t('admin.saveStatus')}
      </button>
      <p role="status" className="text-sm">
        {state?.ok ? (
          t('admin.statusSaved', { status: t(`admin.status.${state.message as Status}`) })
        ) : state && !state.ok ? (
          <span className="text-red-700">{state.formError}</span>
        ) : null}
      </p>
    </form>
  );
}
