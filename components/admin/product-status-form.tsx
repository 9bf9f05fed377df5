'use client';

import { useActionState } from 'react';
import { setProductStatusAction } from '@/app/admin/products/[id]/actions';

type Status = 'draft' | 'active' | 'archived';
type Labels = { legend: string; submit: string; savedAs: Record<Status, string>; statuses: Record<Status, string> };

export function ProductStatusForm({
  productId,
  status,
  labels,
}: {
  productId: string;
  status: Status;
  labels: Labels;
}) {
  const [state, action, pending] = useActionState(setProductStatusAction, null);
  return (
    <form action={action} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="productId" value={productId} />
      <div>
        <label htmlFor="product-status" className="mb-1 block text-sm font-medium">
          {labels.legend}
        </label>
        <select
          id="product-status"
          name="status"
          defaultValue={status}
          className="rounded-md border border-gray-400 bg-white px-3 py-2"
        >
          {(Object.keys(labels.statuses) as Array<keyof Labels['statuses']>).map((s) => (
            <option key={s} value={s}>
              {labels.statuses[s]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
      >
        {labels.submit}
      </button>
      <p role="status" className="text-sm">
        {state?.ok ? (
          labels.savedAs[state.message as Status]
        ) : state && !state.ok ? (
          <span className="text-red-700">{state.formError}</span>
        ) : null}
      </p>
    </form>
  );
}
