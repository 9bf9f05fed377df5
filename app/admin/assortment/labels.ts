import type { AssortmentMatrixLabels } from '@/components/admin/assortment-matrix-form';
import type { AssortmentPreviewLabels } from '@/components/admin/assortment-preview';
import type { AssortmentRuleFormLabels } from '@/components/admin/assortment-rule-form';
import type { AdminRuleTarget } from '@/lib/assortment/admin-assortment.reads';
import type { Translate } from '@/lib/platform/i18n/translate';

export function assortmentPreviewLabels(t: Translate): AssortmentPreviewLabels {
  return {
    title: t('admin.assortment.preview.title'),
    line: t('admin.assortment.preview.line'),
    everyone: t('admin.assortment.everyone'),
    cancel: t('admin.assortment.preview.cancel'),
    cancelled: t('admin.assortment.preview.cancelled'),
    stale: t('admin.assortment.preview.stale'),
  };
}

/** What a rule applies to, in words: "category clothing", "brand Velotec", "whole assortment". */
export function describeTarget(t: Translate, rule: AdminRuleTarget): string {
  switch (rule.targetKind) {
    case 'all':
      return t('admin.assortment.target.all');
    case 'category':
      return t('admin.assortment.target.category', { path: rule.target ?? '' });
    case 'brand':
      return t('admin.assortment.target.brand', { name: rule.targetName ?? rule.target ?? '' });
    case 'tag':
      return t('admin.assortment.target.tag', { tag: rule.target ?? '' });
    case 'product':
      return t('admin.assortment.target.product', { name: rule.targetName ?? '', slug: rule.target ?? '' });
  }
}

/** A rule in words: "exclude category clothing". */
export function describeRule(t: Translate, rule: AdminRuleTarget): string {
  return t(`admin.assortment.rule.${rule.effect}`, { target: describeTarget(t, rule) });
}

/** Why a channel lists a product or not: the deciding rule, or the channel's default. */
export function describeDecision(t: Translate, cell: { decided: boolean; rule: AdminRuleTarget | null }): string {
  if (!cell.decided) return t('admin.assortment.noDecision');
  return cell.rule ? describeRule(t, cell.rule) : t('admin.assortment.channelDefault');
}

export function assortmentRuleFormLabels(t: Translate): AssortmentRuleFormLabels {
  return {
    title: t('admin.assortment.ruleForm.title'),
    audience: t('admin.assortment.ruleForm.audience'),
    everyone: t('admin.assortment.everyone'),
    groups: t('admin.assortment.ruleForm.groups'),
    companies: t('admin.assortment.ruleForm.companies'),
    targetKind: t('admin.assortment.ruleForm.targetKind'),
    targetKinds: {
      all: t('admin.assortment.kind.all'),
      category: t('admin.assortment.kind.category'),
      brand: t('admin.assortment.kind.brand'),
      tag: t('admin.assortment.kind.tag'),
      product: t('admin.assortment.kind.product'),
    },
    target: t('admin.assortment.ruleForm.target'),
    targetHint: t('admin.assortment.ruleForm.targetHint'),
    effect: t('admin.assortment.ruleForm.effect'),
    effects: { include: t('admin.assortment.effect.include'), exclude: t('admin.assortment.effect.exclude') },
    submit: t('admin.assortment.ruleForm.submit'),
    confirm: t('admin.assortment.preview.save'),
    added: t('admin.assortment.ruleForm.added'),
  };
}

export function assortmentMatrixLabels(t: Translate): AssortmentMatrixLabels {
  return {
    table: t('admin.assortment.matrix'),
    product: t('admin.assortment.col.product'),
    select: t('admin.assortment.select'),
    selectAll: t('admin.assortment.selectAll'),
    bulkTitle: t('admin.assortment.bulk.title'),
    channel: t('admin.assortment.bulk.channel'),
    chooseChannel: t('admin.assortment.bulk.chooseChannel'),
    effect: t('admin.assortment.bulk.effect'),
    effects: { include: t('admin.assortment.bulk.include'), exclude: t('admin.assortment.bulk.exclude') },
    submit: t('admin.assortment.bulk.submit'),
    confirm: t('admin.assortment.preview.save'),
    done: { included: t('admin.assortment.bulk.included'), excluded: t('admin.assortment.bulk.excluded') },
  };
}
