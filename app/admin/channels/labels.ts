import type { ChannelFormLabels } from '@/components/admin/channel-form';
import type { PublishableKeyFormLabels } from '@/components/admin/publishable-key-form';
import type { Translate } from '@/lib/platform/i18n/translate';

export function channelFormLabels(t: Translate, submit: string): ChannelFormLabels {
  return {
    code: t('admin.channels.field.code'),
    codeHint: t('admin.channels.field.codeHint'),
    name: t('admin.channels.field.name'),
    kind: t('admin.channels.field.kind'),
    kinds: {
      online: t('admin.channels.kind.online'),
      showroom: t('admin.channels.kind.showroom'),
      b2b: t('admin.channels.kind.b2b'),
      marketplace: t('admin.channels.kind.marketplace'),
    },
    currency: t('admin.channels.field.currency'),
    currencyHint: t('admin.channels.field.currencyHint'),
    pricesIncludeVat: t('admin.channels.field.pricesIncludeVat'),
    active: t('admin.channels.field.active'),
    mode: t('admin.channels.field.mode'),
    modes: { all: t('admin.channels.mode.all'), selected: t('admin.channels.mode.selected') },
    locations: t('admin.channels.field.locations'),
    noLocations: t('admin.channels.field.noLocations'),
    submit,
    saved: t('admin.channels.saved'),
  };
}

export function publishableKeyFormLabels(t: Translate): PublishableKeyFormLabels {
  return {
    title: t('admin.channels.keys.newTitle'),
    name: t('admin.channels.keys.nameField'),
    submit: t('admin.channels.keys.create'),
    created: t('admin.channels.keys.created'),
  };
}
