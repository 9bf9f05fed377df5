import { pageTitle } from '@/lib/platform/i18n/page-title';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AuditTable } from '@/components/admin/audit-table';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { PriceEntriesImportForm } from '@/components/admin/price-entries-import-form';
import { PriceEntryForm } from '@/components/admin/price-entry-form';
import { PriceListForm } from '@/components/admin/price-list-form';
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
import { formatMoney } from '@/lib/platform/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/platform/i18n/locales';
import {
  addPriceEntryAction,
  deletePriceEntryAction,
  deletePriceListAction,
  importPriceEntriesAction,
  updatePriceListAction,
} from '@/app/admin/price-lists/actions';
import { TableScroll } from '@/components/ui/table-scroll';
import { BackLink } from '@/components/admin/back-link';

export const generateMetadata = pageTitle('meta.priceList');

function describeValue(entry: AdminPriceEntry, currency: string, locale: Locale) {
  if (entry.adjustmentKind === 'percent') return `−${(entry.value / 100).toLocaleString(locale)} %`;
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
  const [t, locale, list, choices] = await Promise.all([
    getTranslations(),
    getLocale(),
    findAdminPriceList(db, actor, id, entryPage),
    listPricingChoices(db, actor),
  ]);
  if (!list) notFound();
  const writable = can(actor, 'pricing:write');
  const pages = Math.max(1, Math.ceil(list.entryTotal / ADMIN_ENTRY_PAGE_SIZE));
  return (
    <>
      <BackLink href="/admin/price-lists" label={t('admin.pricing.backToList')} />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{list.name}</h1>
        <p className="text-sm">
          {t('admin.pricing.col.state')}: <strong>{t(`admin.pricing.state.${list.state}`)}</strong>
        </p>
      </div>

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
              confirm={t('admin.pricing.confirmDelete')}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="pl-entries" className="mt-8 space-y-4">
        <h2 id="pl-entries" className="text-lg font-semibold">
          {t('admin.pricing.entries')}{' '}
          <span className="text-sm font-normal text-gray-700">
            ({t('admin.pricing.entryCount', { count: list.entryTotal })})
          </span>
        </h2>
        {list.entries.length === 0 ? (
          <p className="rounded border border-gray-200 bg-white p-4 text-sm">{t('admin.pricing.noEntries')}</p>
        ) : (
          <TableScroll label={t('admin.pricing.entries')}>
            <table className="min-w-full text-left text-sm">
              <thead className="bg-gray-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.pricing.entry.target')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t('admin.pricing.entry.from')}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t('admin.pricing.entry.price')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t('admin.pricing.entry.delete')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.entries.map((entry) => (
                  <tr key={entry.id} className="border-t border-gray-100">
                    <td className="px-3 py-2">
                      {t(`admin.pricing.entry.kind.${entry.targetKind}`)}
                      {entry.target && (
                        <>
                          : <span className="font-mono text-xs">{entry.target}</span>
                          {entry.targetName && <span className="text-gray-700"> ({entry.targetName})</span>}
                        </>
                      )}
                    </td>
                    <td className="px-3 py-2 text-right">{entry.minQuantity}</td>
                    <td className="px-3 py-2 text-right whitespace-nowrap">
                      {describeValue(entry, list.currency, locale)}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {writable && (
                        <ConfirmButtonForm
                          action={deletePriceEntryAction}
                          fields={{ priceListId: list.id, entryId: entry.id }}
                          label={t('admin.pricing.entry.delete')}
                          confirm={t('admin.pricing.entry.confirmDelete')}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        <Pagination
          page={Math.min(entryPage, pages)}
          pages={pages}
          hrefFor={(page) => `/admin/price-lists/${list.id}?page=${page}`}
        />
        <p className="text-sm">
          <a href={`/admin/price-lists/${list.id}/entries.csv`} className="underline" download>
            {t('admin.pricing.export')}
          </a>
        </p>
        {writable && <PriceEntryForm action={addPriceEntryAction} priceListId={list.id} />}
        {writable && <PriceEntriesImportForm action={importPriceEntriesAction} priceListId={list.id} />}
      </section>

      <section aria-labelledby="pl-audit" className="mt-8">
        <h2 id="pl-audit" className="mb-2 text-lg font-semibold">
          {t('admin.recentChanges')}
        </h2>
        <AuditTable entries={list.audit} />
      </section>
    </>
  );
}
