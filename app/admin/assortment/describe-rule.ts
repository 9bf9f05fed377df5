// Assortment rules and decisions in words, for the channel and assortment pages.
import type { AdminRuleTarget } from '@/lib/assortment/admin-assortment.reads';
import type { Translate } from '@/lib/platform/i18n/messages';

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
