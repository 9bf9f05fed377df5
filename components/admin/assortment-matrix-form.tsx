'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, type ReactNode } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { RadioGroup } from '@/components/ui/radio-group';
import { Select } from '@/components/ui/select';
import { Table, TableEmptyRow, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import { ActionStatus } from './action-status';
import { AssortmentPreviewPanel, type PreviewAction, type PreviewState } from './assortment-preview';

export type AssortmentMatrixRow = {
  id: string;
  name: string;
  slug: string;
  /** The product's status when it is not active (the storefront shows active products only). */
  statusNote: string | null;
  cells: Array<{ channelId: string; listed: boolean; state: string; reason: string }>;
};

type Channel = { id: string; code: string; name: string };

/**
 * The products × channels matrix with a checkbox per product and the bulk include/exclude controls,
 * all in one form so the preview round-trip keeps the ticked boxes (echoed as `choices.productIds`).
 */
export function AssortmentMatrixForm({
  action,
  channels,
  rows,
  writable,
  footer,
}: {
  action: PreviewAction;
  channels: Channel[];
  rows: AssortmentMatrixRow[];
  writable: boolean;
  /** Below the table: the pagination. */
  footer?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const form = useRef<HTMLFormElement>(null);
  const ticked = state && !state.ok ? (state.choices?.productIds ?? []) : [];
  const selectAll = (on: boolean) =>
    form.current?.querySelectorAll<HTMLInputElement>('input[name="productIds"]').forEach((box) => (box.checked = on));
  return (
    <form ref={form} action={formAction} className="mt-2 space-y-4" noValidate>
      <MatrixTable
        channels={channels}
        rows={rows}
        selectable={writable}
        ticked={ticked}
        onSelectAll={selectAll}
        footer={footer}
      />
      {writable && rows.length > 0 && <BulkChange channels={channels} state={state} pending={pending} />}
    </form>
  );
}

function MatrixTable({
  channels,
  rows,
  selectable,
  ticked,
  onSelectAll,
  footer,
}: {
  channels: Channel[];
  rows: AssortmentMatrixRow[];
  selectable: boolean;
  ticked: string[];
  onSelectAll: (on: boolean) => void;
  footer?: ReactNode;
}) {
  const t = useTranslations();
  return (
    <Table caption={t('admin.assortment.matrix')} hideCaption stickyFirstColumn footer={footer}>
      <THead>
        <tr>
          <Th>
            <span className="flex items-center gap-2">
              {selectable && (
                <input
                  type="checkbox"
                  aria-label={t('admin.assortment.selectAll')}
                  onChange={(event) => onSelectAll(event.currentTarget.checked)}
                  className="size-5 accent-brand-700"
                />
              )}
              {t('admin.assortment.col.product')}
            </span>
          </Th>
          {channels.map((c) => (
            <Th key={c.id} nowrap>
              {c.name} <span className="font-normal text-gray-700">({c.code})</span>
            </Th>
          ))}
        </tr>
      </THead>
      <TBody>
        {rows.length === 0 && (
          <TableEmptyRow colSpan={channels.length + 1}>{t('admin.assortment.noProducts')}</TableEmptyRow>
        )}
        {rows.map((row) => (
          <Tr key={row.id} align="top">
            <Th scope="row">
              <span className="flex items-start gap-2">
                {selectable && (
                  <input
                    type="checkbox"
                    name="productIds"
                    value={row.id}
                    defaultChecked={ticked.includes(row.id)}
                    aria-label={t('admin.assortment.select', { name: row.name })}
                    className="mt-0.5 size-5 shrink-0 accent-brand-700"
                  />
                )}
                <span>
                  {row.name}
                  <span className="block font-mono text-xs font-normal text-gray-700">{row.slug}</span>
                  {row.statusNote && <span className="block text-xs font-normal text-gray-700">{row.statusNote}</span>}
                </span>
              </span>
            </Th>
            {row.cells.map((cell) => (
              <Td key={cell.channelId}>
                <Badge tone={cell.listed ? 'success' : 'neutral'}>{cell.state}</Badge>
                <span className="mt-1 block text-xs text-gray-700">{cell.reason}</span>
              </Td>
            ))}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}

function BulkChange({ channels, state, pending }: { channels: Channel[]; state: PreviewState; pending: boolean }) {
  const t = useTranslations();
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  // React applies a select's defaultValue only when it mounts, and resets the form after every
  // submit: keyed by its value, the select remounts with what was sent (the preview resubmits it).
  const channelId = failed?.values?.channelId ?? '';
  return (
    <fieldset className="grid max-w-3xl items-start gap-4 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2">
      <legend className="px-1 font-semibold">{t('admin.assortment.bulk.title')}</legend>
      <Field label={t('admin.assortment.bulk.channel')} errors={errors.channelId}>
        <Select
          key={channelId}
          name="channelId"
          defaultValue={channelId}
          placeholder={t('admin.assortment.bulk.chooseChannel')}
          options={channels.map((c) => ({ value: c.id, label: `${c.name} (${c.code})` }))}
        />
      </Field>
      <RadioGroup
        legend={t('admin.assortment.bulk.effect')}
        name="effect"
        orientation="horizontal"
        defaultValue={failed?.values?.effect ?? 'exclude'}
        options={(['include', 'exclude'] as const).map((e) => ({ value: e, label: t(`admin.assortment.bulk.${e}`) }))}
        errors={errors.effect}
      />
      <div className="sm:col-span-2">
        <div>
          <Button
            type="submit"
            size="touch"
            pending={pending}
            aria-describedby={errors.productIds?.length ? 'bulk-products-error' : undefined}
          >
            {t('admin.assortment.bulk.submit')}
          </Button>
          {errors.productIds?.length ? (
            <p id="bulk-products-error" className="mt-1 text-sm text-red-700">
              {errors.productIds.join(' ')}
            </p>
          ) : null}
        </div>
        <ActionStatus
          state={state}
          success={state?.ok && t(`admin.assortment.bulk.${state.message === 'included' ? 'included' : 'excluded'}`)}
        />
        <AssortmentPreviewPanel state={state} confirmLabel={t('admin.assortment.preview.save')} pending={pending} />
      </div>
    </fieldset>
  );
}
