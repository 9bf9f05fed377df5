// Assortment rules (docs/assortment.md): which products a channel sells, to everyone or to one
// customer group or company. Pure: the service materialises the decisions (channel_products) and
// every read path filters on them.

export type AssortmentAudience =
  { kind: 'everyone' } | { kind: 'group'; groupId: string } | { kind: 'company'; companyId: string };
export type AssortmentTarget =
  | { kind: 'all' }
  | { kind: 'category'; path: string }
  | { kind: 'brand'; brandId: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'product'; productId: string };
export type AssortmentRule = {
  id: string;
  audience: AssortmentAudience;
  target: AssortmentTarget;
  effect: 'include' | 'exclude';
};
export type AssortmentMode = 'all' | 'selected';
export type AssortmentProduct = {
  productId: string;
  categoryPath: string;
  brandId: string | null;
  tags: readonly string[];
};

export type AssortmentDecision = { listed: boolean; rank: number; rule: AssortmentRule | null };

/** The rank of the channel's default (no rule matched): below every rule. */
export const DEFAULT_RANK = -1;

const AUDIENCE_RANK = { everyone: 0, group: 1, company: 2 } as const;
const TARGET_RANK = { all: 0, category: 1, brand: 2, tag: 2, product: 3 } as const;

/**
 * A rule's precedence as one number, highest wins: the audience first (a company's catalogue over a
 * group's over everyone's), then the target (product over brand or tag over category over the whole
 * assortment; a deeper category over its ancestors), then exclude over include.
 */
export function ruleRank(rule: AssortmentRule): number {
  const depth = rule.target.kind === 'category' ? rule.target.path.split('/').length : 0;
  return (
    AUDIENCE_RANK[rule.audience.kind] * 100_000 +
    TARGET_RANK[rule.target.kind] * 1_000 +
    Math.min(depth, 99) * 10 +
    (rule.effect === 'exclude' ? 1 : 0)
  );
}

export function ruleMatches(rule: AssortmentRule, product: AssortmentProduct): boolean {
  const t = rule.target;
  switch (t.kind) {
    case 'all':
      return true;
    case 'category':
      return product.categoryPath === t.path || product.categoryPath.startsWith(`${t.path}/`);
    case 'brand':
      return product.brandId === t.brandId;
    case 'tag':
      return product.tags.includes(t.tag);
    case 'product':
      return product.productId === t.productId;
  }
}

/** The key an audience's decisions are stored under: '' for everyone, 'g:<id>' or 'c:<id>'. */
export function audienceKey(audience: AssortmentAudience): string {
  return audience.kind === 'everyone'
    ? ''
    : audience.kind === 'group'
      ? `g:${audience.groupId}`
      : `c:${audience.companyId}`;
}

/** The audience keys that apply to a buyer: everyone's, each of their groups', their company's. */
export function buyerAudienceKeys(buyer: { customerGroupIds: readonly string[]; companyId: string | null }): string[] {
  return ['', ...buyer.customerGroupIds.map((id) => `g:${id}`), ...(buyer.companyId ? [`c:${buyer.companyId}`] : [])];
}

function best(product: AssortmentProduct, rules: readonly AssortmentRule[]): AssortmentDecision | null {
  let winner: AssortmentDecision | null = null;
  for (const rule of rules) {
    if (!ruleMatches(rule, product)) continue;
    const rank = ruleRank(rule);
    if (!winner || rank > winner.rank) winner = { listed: rule.effect === 'include', rank, rule };
  }
  return winner;
}

/**
 * Whether a channel lists a product for a buyer: the highest-ranked matching rule among those for
 * everyone and for the buyer's groups and company decides; without one, the channel's mode does
 * (`all`: listed, `selected`: not listed).
 */
export function decideListing(
  product: AssortmentProduct,
  rules: readonly AssortmentRule[],
  mode: AssortmentMode,
  buyerKeys: readonly string[] = [''],
): AssortmentDecision {
  const applicable = rules.filter((r) => buyerKeys.includes(audienceKey(r.audience)));
  return best(product, applicable) ?? { listed: mode === 'all', rank: DEFAULT_RANK, rule: null };
}

export type MaterialisedDecision = {
  audienceKey: string;
  productId: string;
  listed: boolean;
  rank: number;
  ruleId: string | null;
};

/**
 * The decisions to store for a channel: for everyone, one per product (default included); for each
 * group or company with rules, one per product its rules match. Combining the stored rows of a
 * buyer's keys by highest rank gives exactly `decideListing` over the union of their rules.
 */
export function materialiseAssortment(
  products: readonly AssortmentProduct[],
  rules: readonly AssortmentRule[],
  mode: AssortmentMode,
): MaterialisedDecision[] {
  const byAudience = new Map<string, AssortmentRule[]>([['', []]]);
  for (const rule of rules) {
    const key = audienceKey(rule.audience);
    byAudience.set(key, [...(byAudience.get(key) ?? []), rule]);
  }
  const rows: MaterialisedDecision[] = [];
  for (const [key, audienceRules] of byAudience) {
    for (const product of products) {
      const decision =
        best(product, audienceRules) ??
        (key === '' ? { listed: mode === 'all', rank: DEFAULT_RANK, rule: null } : null);
      if (decision)
        rows.push({
          audienceKey: key,
          productId: product.productId,
          listed: decision.listed,
          rank: decision.rank,
          ruleId: decision.rule?.id ?? null,
        });
    }
  }
  return rows;
}

/** Combines stored decisions of one product for a buyer: the highest rank wins (see materialiseAssortment). */
export function combineDecisions(rows: ReadonlyArray<Pick<MaterialisedDecision, 'listed' | 'rank'>>): boolean {
  let winner: Pick<MaterialisedDecision, 'listed' | 'rank'> | null = null;
  for (const row of rows) if (!winner || row.rank > winner.rank) winner = row;
  return winner?.listed ?? false;
}
