import { pageTitle } from '@/lib/platform/i18n/page-title';
import { notFound } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { AuditTable } from '@/components/admin/audit-table';
import { BackLink } from '@/components/admin/back-link';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { PriceEntriesImportForm } from '@/components/admin/price-entries-import-form';
import { PriceEntryForm } from '@/components/admin/price-entry-form';
import { PriceListForm, type PriceListChoices } from '@/components/admin/price-list-form';
import { PriceListStateBadge } from '@/components/admin/status-badges';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { Pagination } from '@/components/ui/pagination';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import {
  ADMIN_ENTRY_PAGE_SIZE,
  findAdminPriceList,
  listPricingChoices,
  type AdminPriceEntry,
} from '@/lib/pricing/admin-pricing.reads';
import { getDb } from '@/lib/platform/db';
import { instantToBerlinLocal } from '@/lib/platform/business-time.rules';
import { formatMoney, formatPercentBp } from '@/lib/platform/i18n/format';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/platform/i18n/locales';
import {
  addPriceEntryAction,
  deletePriceEntryAction,
  deletePriceListAction,
  importPriceEntriesAction,
  updatePriceListAction,
} from '@/app/admin/price-lists/actions';

export const generateMetadata = pageTitle('meta.priceList');

type AdminPriceList = NonNullable<Awaited<ReturnType<typeof findAdminPriceList>>>;

function describeValue(entry: AdminPriceEntry, currency: string, locale: Locale) {
  if (entry.adjustmentKind === 'percent') return `−${formatPercentBp(entry.value, locale)}`;
  const amount = formatMoney({ amount: entry.value, currency }, locale);
  return entry.adjustmentKind === 'amount' ? `−${amount}` : `= ${amount}`;
}

export default async function AdminPriceListPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requirePagePermission('pricing:read', `/admin/price-lists/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const raw = await searchParams;
  const entryPage = z.coerce.number().int().min(1).max(100_000).catch(1).parse(raw.page);
  const db = getDb();
  const [t, list, choices] = await Promise.all([
    getTranslations(),
    findAdminPriceList(db, actor, id, entryPage),
    listPricingChoices(db, actor),
  ]);
  if (!list) notFound();
  const writable = can(actor, 'pricing:write');
  return (
    <>
      <BackLink href="/admin/price-lists" label={t('admin.pricing.backToList')} />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{list.name}</h1>
        <PriceListStateBadge state={list.state} />
      </div>
      <PriceListSettings list={list} choices={choices} writable={writable} />
      <PriceEntries list={list} writable={writable} />
      {/* Not a named region: the audit table's scroll area already carries this name. */}
      <section className="mt-8">
        <h2 className="mb-2 text-lg font-semibold">{t('admin.recentChanges')}</h2>
        <AuditTable entries={list.audit} />
      </section>
    </>
  );
}

function PriceListSettings({
  list,
  choices,
  writable,
}: {
  list: AdminPriceList;
  choices: PriceListChoices;
  writable: boolean;
}) {
  const t = useTranslations();
  return (
    <section aria-labelledby="pl-settings" className="mt-6">
      <h2 id="pl-settings" className="mb-2 text-lg font-semibold">
        {t('admin.pricing.settings')}
      </h2>
      <PriceListForm
        action={updatePriceListAction}
        choices={choices}
        submitLabel={t('admin.pricing.save')}
        regret
        defaults={{
          priceListId: list.id,
          name: list.name,
          priority: list.priority,
          channelIds: list.channelIds,
          customerGroupIds: list.customerGroupIds,
          companyId: list.companyId,
          validFrom: list.validFrom ? instantToBerlinLocal(list.validFrom) : '',
          validUntil: list.validUntil ? instantToBerlinLocal(list.validUntil) : '',
          active: list.active,
          amountsIncludeVat: list.amountsIncludeVat,
        }}
      />
      {writable && (
        <div className="mt-3">
          <ConfirmButtonForm
            action={deletePriceListAction}
            fields={{ priceListId: list.id }}
            label={t('admin.pricing.delete')}
            title={t('admin.pricing.deleteTitle', { name: list.name })}
            confirm={t('admin.pricing.confirmDelete')}
            confirmLabel={t('admin.pricing.delete')}
            size="touch"
          />
        </div>
      )}
    </section>
  );
}

function PriceEntries({ list, writable }: { list: AdminPriceList; writable: boolean }) {
  const t = useTranslations();
  const pages = Math.max(1, Math.ceil(list.entryTotal / ADMIN_ENTRY_PAGE_SIZE));
  return (
    <section aria-labelledby="pl-entries" className="mt-8 space-y-4">
      <h2 id="pl-entries" className="text-lg font-semibold">
        {t('admin.pricing.entries')}{' '}
        <span className="text-sm font-normal text-gray-700">
          ({t('admin.pricing.entryCount', { count: list.entryTotal })})
        </span>
      </h2>
      <EntriesTable
        list={list}
        writable={writable}
        footer={
          <Pagination
            page={Math.min(list.entryPage, pages)}
            pages={pages}
            hrefFor={(page) => `/admin/price-lists/${list.id}?page=${page}`}
          />
        }
      />
      <p className="text-sm">
        <a href={`/admin/price-lists/${list.id}/entries.csv`} className="underline" download>
          {t('admin.pricing.export')}
        </a>
      </p>
      {writable && <PriceEntryForm action={addPriceEntryAction} priceListId={list.id} />}
      {writable && <PriceEntriesImportForm action={importPriceEntriesAction} priceListId={list.id} />}
    </section>
  );
}

function EntriesTable({ list, writable, footer }: { list: AdminPriceList; writable: boolean; footer: ReactNode }) {
  const t = useTranslations();
  const locale = useLocale();
  const target = (entry: AdminPriceEntry) => entry.target ?? t(`admin.pricing.entry.kind.${entry.targetKind}`);
  const columns: Array<DataTableColumn<AdminPriceEntry>> = [
    {
      key: 'target',
      header: t('admin.pricing.entry.target'),
      cell: (entry) => (
        <>
          {t(`admin.pricing.entry.kind.${entry.targetKind}`)}
          {entry.target && (
            <>
              : <span className="font-mono text-xs">{entry.target}</span>
              {entry.targetName && <span className="text-gray-700"> ({entry.targetName})</span>}
            </>
          )}
        </>
      ),
    },
    { key: 'from', header: t('admin.pricing.entry.from'), numeric: true, cell: (entry) => entry.minQuantity },
    {
      key: 'price',
      header: t('admin.pricing.entry.price'),
      numeric: true,
      nowrap: true,
      cell: (entry) => describeValue(entry, list.currency, locale),
    },
  ];
  if (writable)
    columns.push({
      key: 'delete',
      header: <span className="sr-only">{t('admin.pricing.entry.delete')}</span>,
      numeric: true,
      cell: (entry) => (
        <ConfirmButtonForm
          action={deletePriceEntryAction}
          fields={{ priceListId: list.id, entryId: entry.id }}
          label={
            <>
              {t('admin.pricing.entry.delete')}
              <span className="sr-only">
                {' '}
                {t('admin.pricing.entry.deleteContext', { target: target(entry), quantity: entry.minQuantity })}
              </span>
            </>
          }
          title={t('admin.pricing.entry.confirmDelete')}
          confirm={t('admin.pricing.entry.deleteMessage', { target: target(entry), quantity: entry.minQuantity })}
          confirmLabel={t('admin.pricing.entry.delete')}
          variant="secondary"
          size="sm"
        />
      ),
    });
  return (
    <DataTable
      caption={t('admin.pricing.entries')}
      hideCaption
      columns={columns}
      rows={list.entries}
      rowKey={(entry) => entry.id}
      empty={t('admin.pricing.noEntries')}
      footer={footer}
    />
  );
}
