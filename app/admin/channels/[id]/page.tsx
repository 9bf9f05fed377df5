import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AssortmentRuleDeleteForm } from '@/components/admin/assortment-rule-delete-form';
import { AssortmentRuleForm } from '@/components/admin/assortment-rule-form';
import { AuditTable } from '@/components/admin/audit-table';
import { BackLink } from '@/components/admin/back-link';
import { ChannelForm } from '@/components/admin/channel-form';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { PublishableKeyForm } from '@/components/admin/publishable-key-form';
import { TableScroll } from '@/components/ui/table-scroll';
import { requirePagePermission } from '@/lib/platform/auth/page-guards';
import { can } from '@/lib/platform/auth/permissions.rules';
import {
  findAdminChannel,
  listAssortmentAudiences,
  listChannelLocationChoices,
  type AdminAssortmentRule,
} from '@/lib/assortment/admin-assortment.reads';
import { getDb } from '@/lib/platform/db';
import { formatDateTime } from '@/lib/platform/i18n/format';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Translate } from '@/lib/platform/i18n/messages';
import { addAssortmentRuleAction, deleteAssortmentRuleAction } from '@/app/admin/assortment/actions';
import { describeRule, describeTarget } from '@/app/admin/assortment/describe-rule';
import {
  createPublishableKeyAction,
  revokePublishableKeyAction,
  updateChannelAction,
} from '@/app/admin/channels/actions';

export const generateMetadata = pageTitle('meta.channel');

const audienceName = (t: Translate, rule: AdminAssortmentRule) =>
  rule.audience.kind === 'everyone' ? t('admin.assortment.everyone') : rule.audience.name;

export default async function AdminChannelPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const actor = await requirePagePermission('channels:read', `/admin/channels/${id}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const db = getDb();
  const [t, locale, raw, channel, locations, audiences] = await Promise.all([
    getTranslations(),
    getLocale(),
    searchParams,
    findAdminChannel(db, actor, id),
    listChannelLocationChoices(db, actor),
    listAssortmentAudiences(db, actor),
  ]);
  if (!channel) notFound();
  const channelsWritable = can(actor, 'channels:write');
  const assortmentWritable = can(actor, 'assortment:write');
  return (
    <>
      <BackLink href="/admin/channels" label={t('admin.channels.backToList')} />
      <div className="mt-2 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">{channel.name}</h1>
        <p className="text-sm">
          {t('admin.channels.listedSummary', { count: channel.listedProducts })}{' '}
          <Link href="/admin/assortment" className="underline">
            {t('admin.channels.toMatrix')}
          </Link>
        </p>
      </div>
      {raw.created === '1' && (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-sm">
          {t('admin.channels.created')}
        </p>
      )}

      <section aria-labelledby="channel-settings" className="mt-6">
        <h2 id="channel-settings" className="mb-2 text-lg font-semibold">
          {t('admin.channels.settings')}
        </h2>
        {!channelsWritable && <p className="mb-2 text-sm text-gray-700">{t('admin.channels.readOnly')}</p>}
        <ChannelForm
          action={updateChannelAction}
          locations={locations}
          submitLabel={t('admin.channels.save')}
          preview={{ confirm: t('admin.assortment.preview.save') }}
          readOnly={!channelsWritable}
          defaults={{
            channelId: channel.id,
            code: channel.code,
            name: channel.name,
            kind: channel.kind,
            currency: channel.currency,
            pricesIncludeVat: channel.pricesIncludeVat,
            active: channel.active,
            assortmentMode: channel.assortmentMode,
            locationIds: channel.locationIds,
          }}
        />
      </section>

      <section aria-labelledby="channel-keys" className="mt-8 space-y-4">
        <h2 id="channel-keys" className="text-lg font-semibold">
          {t('admin.channels.keys.title')}
        </h2>
        <p className="max-w-3xl text-sm text-gray-700">{t('admin.channels.keys.intro')}</p>
        {channel.keys.length === 0 ? (
          <p className="rounded border border-gray-200 bg-white p-4 text-sm">{t('admin.channels.keys.none')}</p>
        ) : (
          <TableScroll label={t('admin.channels.keys.table')}>
            <table className="min-w-full text-left text-sm">
              <thead className="bg-gray-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.channels.keys.name')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.channels.keys.token')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.channels.keys.createdAt')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.channels.keys.status')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t('admin.channels.keys.revoke')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {channel.keys.map((key) => (
                  <tr key={key.id} className="border-t border-gray-100">
                    <td className="px-3 py-2">{key.name}</td>
                    <td className="px-3 py-2 break-all">
                      <code className="font-mono text-xs">{key.token}</code>
                    </td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(key.createdAt, locale)}</td>
                    <td className="px-3 py-2">
                      {key.revokedAt
                        ? t('admin.channels.keys.revokedAt', { date: formatDateTime(key.revokedAt, locale) })
                        : t('admin.channels.keys.active')}
                    </td>
                    <td className="px-3 py-2 text-right">
                      {channelsWritable && !key.revokedAt && (
                        <ConfirmButtonForm
                          action={revokePublishableKeyAction}
                          fields={{ channelId: channel.id, keyId: key.id }}
                          label={t('admin.channels.keys.revokeNamed', { name: key.name })}
                          confirm={t('admin.channels.keys.confirmRevoke', { name: key.name })}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {channelsWritable && <PublishableKeyForm action={createPublishableKeyAction} channelId={channel.id} />}
      </section>

      <section aria-labelledby="channel-rules" className="mt-8 space-y-4">
        <h2 id="channel-rules" className="text-lg font-semibold">
          {t('admin.assortment.rules')}
        </h2>
        <p className="max-w-3xl text-sm text-gray-700">{t('admin.assortment.rulesIntro')}</p>
        {channel.rules.length === 0 ? (
          <p className="rounded border border-gray-200 bg-white p-4 text-sm">
            {t(`admin.assortment.noRules.${channel.assortmentMode}`)}
          </p>
        ) : (
          <TableScroll label={t('admin.assortment.rulesTable')}>
            <table className="min-w-full text-left text-sm">
              <thead className="bg-gray-100">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.assortment.col.audience')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.assortment.col.target')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.assortment.col.effect')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    {t('admin.assortment.col.created')}
                  </th>
                  <th scope="col" className="px-3 py-2">
                    <span className="sr-only">{t('admin.assortment.deleteRule')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {channel.rules.map((rule) => (
                  <tr key={rule.id} className="border-t border-gray-100 align-top">
                    <td className="px-3 py-2">{audienceName(t, rule)}</td>
                    <td className="px-3 py-2">{describeTarget(t, rule)}</td>
                    <td className="px-3 py-2">{t(`admin.assortment.effect.${rule.effect}`)}</td>
                    <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(rule.createdAt, locale)}</td>
                    <td className="px-3 py-2 text-right">
                      {assortmentWritable && (
                        <AssortmentRuleDeleteForm
                          action={deleteAssortmentRuleAction}
                          channelId={channel.id}
                          ruleId={rule.id}
                          ruleText={`${describeRule(t, rule)}, ${audienceName(t, rule)}`}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
        {assortmentWritable && (
          <AssortmentRuleForm action={addAssortmentRuleAction} channelId={channel.id} audiences={audiences} />
        )}
      </section>

      {/* Not a named region: the audit table's scroll area already carries this name. */}
      <section className="mt-8">
        <h2 id="channel-audit" className="mb-2 text-lg font-semibold">
          {t('admin.recentChanges')}
        </h2>
        <AuditTable entries={channel.audit} />
      </section>
    </>
  );
}
