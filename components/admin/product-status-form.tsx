'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { setProductStatusAction } from '@/app/admin/products/[id]/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { ActionStatus } from './action-status';

const STATUSES = ['draft', 'active', 'archived'] as const;
type Status = (typeof STATUSES)[number];

export function ProductStatusForm({ productId, status }: { productId: string; status: Status }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState(setProductStatusAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="productId" value={productId} />
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('admin.changeStatus')} id="product-status" className="w-48">
          <Select
            name="status"
            defaultValue={status}
            options={STATUSES.map((s) => ({ value: s, label: t(`admin.status.${s}`) }))}
          />
        </Field>
        <Button type="submit" size="touch" pending={pending}>
          {t('admin.saveStatus')}
        </Button>
      </div>
      <ActionStatus
        state={state}
        success={state?.ok && t('admin.statusSaved', { status: t(`admin.status.${state.message as Status}`) })}
      />
    </form>
  );
}
