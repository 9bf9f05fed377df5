import { pageTitle } from '@/lib/platform/i18n/page-title';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { z } from 'zod';
import { AssortmentRuleDeleteForm } from '@/components/admin/assortment-rule-delete-form';
import { AssortmentRuleForm } from '@/components/admin/assortment-rule-form';
import { AuditTable } from '@/components/admin/audit-table';
import { BackLink } from '@/components/admin/back-link';
import { ChannelForm, type ChannelDefaults } from '@/components/admin/channel-form';
import { ConfirmButtonForm } from '@/components/admin/confirm-button-form';
import { PublishableKeyForm } from '@/components/admin/publishable-key-form';
import { OnOffBadge } from '@/components/admin/status-badges';
import { DataTable, type DataTableColumn } from '@/components/ui/data-table';
import { StatusMessage } from '@/components/ui/status-message';
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
import { getTranslations } from 'next-intl/server';
import type { Translate } from '@/lib/platform/i18n/messages';
import { addAssortmentRuleAction, deleteAssortmentRuleAction } from '@/app/admin/assortment/actions';
import { describeRule, describeTarget } from '@/app/admin/assortment/describe-rule';
import {
  createPublishableKeyAction,
  revokePublishableKeyAction,
  updateChannelAction,
} from '@/app/admin/channels/actions';

export const generateMetadata = pageTitle('meta.channel');

type AdminChannel = NonNullable<Awaited<ReturnType<typeof findAdminChannel>>>;
type Audiences = Awaited<ReturnType<typeof listAssortmentAudiences>>;
type Locations = Awaited<ReturnType<typeof listChannelLocationChoices>>;

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
  const [t, raw, channel, locations, audiences] = await Promise.all([
    getTranslations(),
    searchParams,
    findAdminChannel(db, actor, id),
    listChannelLocationChoices(db, actor),
    listAssortmentAudiences(db, actor),
  ]);
  if (!channel) notFound();
  const channelsWritable = can(actor, 'channels:write');
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
      <StatusMessage tone="success" className="mt-4">
        {raw.created === '1' && t('admin.channels.created')}
      </StatusMessage>
      <ChannelSettings channel={channel} locations={locations} writable={channelsWritable} />
      <ChannelKeys channel={channel} writable={channelsWritable} />
      <ChannelRules channel={channel} audiences={audiences} writable={can(actor, 'assortment:write')} />
      {/* Not a named region: the audit table's scroll area already carries this name. */}
      <section className="mt-8">
        <h2 className="mb-2 text-lg font-semibold">{t('admin.recentChanges')}</h2>
        <AuditTable entries={channel.audit} />
      </section>
    </>
  );
}

function ChannelSettings({
  channel,
  locations,
  writable,
}: {
  channel: AdminChannel;
  locations: Locations;
  writable: boolean;
}) {
  const t = useTranslations();
  const defaults: ChannelDefaults = {
    channelId: channel.id,
    code: channel.code,
    name: channel.name,
    kind: channel.kind,
    currency: channel.currency,
    pricesIncludeVat: channel.pricesIncludeVat,
    active: channel.active,
    assortmentMode: channel.assortmentMode,
    locationIds: channel.locationIds,
  };
  return (
    <section aria-labelledby="channel-settings" className="mt-6">
      <h2 id="channel-settings" className="mb-2 text-lg font-semibold">
        {t('admin.channels.settings')}
      </h2>
      {!writable && <p className="mb-2 text-sm text-gray-700">{t('admin.channels.readOnly')}</p>}
      <ChannelForm
        action={updateChannelAction}
        locations={locations}
        submitLabel={t('admin.channels.save')}
        preview={{ confirm: t('admin.assortment.preview.save') }}
        readOnly={!writable}
        defaults={defaults}
      />
    </section>
  );
}

type Key = AdminChannel['keys'][number];

function ChannelKeys({ channel, writable }: { channel: AdminChannel; writable: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const columns: Array<DataTableColumn<Key>> = [
    { key: 'name', header: t('admin.channels.keys.name'), rowHeader: true, cell: (key) => key.name },
    {
      key: 'token',
      header: t('admin.channels.keys.token'),
      cell: (key) => <code className="font-mono text-xs break-all">{key.token}</code>,
    },
    {
      key: 'created',
      header: t('admin.channels.keys.createdAt'),
      nowrap: true,
      cell: (key) => formatDateTime(key.createdAt, locale),
    },
    {
      key: 'status',
      header: t('admin.channels.keys.status'),
      cell: (key) => (
        <OnOffBadge on={!key.revokedAt}>
          {key.revokedAt
            ? t('admin.channels.keys.revokedAt', { date: formatDateTime(key.revokedAt, locale) })
            : t('admin.channels.keys.active')}
        </OnOffBadge>
      ),
    },
  ];
  if (writable)
    columns.push({
      key: 'revoke',
      header: <span className="sr-only">{t('admin.channels.keys.revoke')}</span>,
      numeric: true,
      cell: (key) => !key.revokedAt && <RevokeKey channelId={channel.id} keyRow={key} />,
    });
  return (
    <section aria-labelledby="channel-keys" className="mt-8 space-y-4">
      <h2 id="channel-keys" className="text-lg font-semibold">
        {t('admin.channels.keys.title')}
      </h2>
      <p className="max-w-3xl text-sm text-gray-700">{t('admin.channels.keys.intro')}</p>
      <DataTable
        caption={t('admin.channels.keys.table')}
        hideCaption
        columns={columns}
        rows={channel.keys}
        rowKey={(key) => key.id}
        empty={t('admin.channels.keys.none')}
      />
      {writable && <PublishableKeyForm action={createPublishableKeyAction} channelId={channel.id} />}
    </section>
  );
}

function RevokeKey({ channelId, keyRow }: { channelId: string; keyRow: Key }) {
  const t = useTranslations();
  return (
    <ConfirmButtonForm
      action={revokePublishableKeyAction}
      fields={{ channelId, keyId: keyRow.id }}
      label={t('admin.channels.keys.revokeNamed', { name: keyRow.name })}
      title={t('admin.channels.keys.revokeTitle', { name: keyRow.name })}
      confirm={t('admin.channels.keys.confirmRevoke')}
      confirmLabel={t('admin.channels.keys.revoke')}
      variant="secondary"
      size="sm"
    />
  );
}

function ChannelRules({
  channel,
  audiences,
  writable,
}: {
  channel: AdminChannel;
  audiences: Audiences;
  writable: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const columns: Array<DataTableColumn<AdminAssortmentRule>> = [
    { key: 'audience', header: t('admin.assortment.col.audience'), cell: (rule) => audienceName(t, rule) },
    { key: 'target', header: t('admin.assortment.col.target'), cell: (rule) => describeTarget(t, rule) },
    {
      key: 'effect',
      header: t('admin.assortment.col.effect'),
      cell: (rule) => t(`admin.assortment.effect.${rule.effect}`),
    },
    {
      key: 'created',
      header: t('admin.assortment.col.created'),
      nowrap: true,
      cell: (rule) => formatDateTime(rule.createdAt, locale),
    },
  ];
  if (writable)
    columns.push({
      key: 'delete',
      header: <span className="sr-only">{t('admin.assortment.deleteRule')}</span>,
      numeric: true,
      cell: (rule) => (
        <AssortmentRuleDeleteForm
          action={deleteAssortmentRuleAction}
          channelId={channel.id}
          ruleId={rule.id}
          ruleText={`${describeRule(t, rule)}, ${audienceName(t, rule)}`}
        />
      ),
    });
  return (
    <section aria-labelledby="channel-rules" className="mt-8 space-y-4">
      <h2 id="channel-rules" className="text-lg font-semibold">
        {t('admin.assortment.rules')}
      </h2>
      <p className="max-w-3xl text-sm text-gray-700">{t('admin.assortment.rulesIntro')}</p>
      <DataTable
        caption={t('admin.assortment.rulesTable')}
        hideCaption
        alignTop
        columns={columns}
        rows={channel.rules}
        rowKey={(rule) => rule.id}
        empty={t(`admin.assortment.noRules.${channel.assortmentMode}`)}
      />
      {writable && <AssortmentRuleForm action={addAssortmentRuleAction} channelId={channel.id} audiences={audiences} />}
    </section>
  );
}
