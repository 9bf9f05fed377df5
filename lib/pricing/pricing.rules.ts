// The price engine: one pure function that every surface (storefront, API, cart, admin) calls.
//
// Rules (docs/pricing.md):
// - The base price (gross cents, the one price basis) is converted to the channel's display basis
//   first: gross for consumer channels, net for channels that show prices without VAT.
// - A price list applies when it is active, valid at the instant (validFrom ≤ at < validUntil), sells
//   on the channel, in the channel's currency, and its audience matches: no groups = everyone, else
//   the customer is in at least one; a company list only for that company's members.
// - Inside a list the most specific entry wins (variant > product > deeper category > shallower
//   category > whole assortment); among one target's tiers the highest "from quantity" not above
//   the quantity.
// - Across lists the highest priority wins; among equal priority the lowest price for the customer.
// - A list's result never goes below zero nor below the variant's floor price.
// - Rounding: every amount is computed per unit in the display basis and rounded half up to whole
//   cents once per step; a line total is unit price × quantity, never rounded again.
import { divideRoundHalfUp, grossToNet, type Money } from '@/lib/platform/money.rules';

export type PriceAdjustment =
  | { kind: 'fixed'; amount: number } // the unit price, in the list's basis (gross or net)
  | { kind: 'percent'; bp: number } // a reduction in basis points (1500 = 15 %)
  | { kind: 'amount'; amount: number }; // a reduction in cents, in the list's basis

export type EntryTarget =
  | { kind: 'variant'; variantId: string }
  | { kind: 'product'; productId: string }
  | { kind: 'category'; path: string }
  | { kind: 'all' };

export type PriceListEntry = { id: string; target: EntryTarget; minQuantity: number; adjustment: PriceAdjustment };

export type PriceList = {
  id: string;
  name: string;
  priority: number;
  active: boolean;
  validFrom: Date | null;
  validUntil: Date | null;
  channelIds: string[];
  customerGroupIds: string[];
  companyId: string | null;
  currency: string;
  /** Whether the list's fixed prices and amounts include VAT. */
  amountsIncludeVat: boolean;
  entries: PriceListEntry[];
};

export type PriceContext = {
  variantId: string;
  productId: string;
  /** Materialised path of the product's category, e.g. "bikes/city-bikes/dutch". */
  categoryPath: string;
  channel: { id: string; currency: string; pricesIncludeVat: boolean };
  customerGroupIds: string[];
  companyId: string | null;
  quantity: number;
  at: Date;
  /** Gross base (list) price per unit. */
  basePrice: Money;
  vatRateBp: number;
  /** Gross lowest price per unit (e.g. cost); null when none is set. */
  floorPrice: number | null;
};

/** Why a list was dropped or what it did, as data: words are made at the edge (pricing-trace.rules.ts). */
export type TraceReason =
  | { code: 'inactive' }
  | { code: 'notYetValid'; from: Date }
  | { code: 'expired'; until: Date }
  | { code: 'otherChannel' }
  | { code: 'otherCurrency'; listCurrency: string; channelCurrency: string }
  | { code: 'otherCompany' }
  | { code: 'notInGroups' }
  | { code: 'noEntry' }
  | { code: 'tiersStart'; quantity: number }
  | {
      code: 'adjustment';
      adjustment: PriceAdjustment;
      currency: string;
      target: EntryTarget['kind'];
      minQuantity: number;
    }
  | { code: 'lowerPriority'; winner: string }
  | { code: 'cheaperSamePriority'; winner: string }
  | { code: 'raisedToFloor' };

export type TraceStep = {
  listId: string;
  listName: string;
  priority: number;
  entryId: string | null;
  outcome: 'applied' | 'dropped';
  reasons: TraceReason[];
  /** The unit price this list would give, when it got that far. */
  unitAmount: number | null;
};

export type ResolvedPrice = {
  unit: Money;
  base: Money;
  lineTotal: Money;
  quantity: number;
  includesVat: boolean;
  reduced: boolean;
  applied: { listId: string; listName: string; entryId: string } | null;
  floorApplied: boolean;
  trace: TraceStep[];
};

const TARGET_RANK = { variant: 3_000_000, product: 2_000_000, category: 1_000, all: 0 } as const;

type EntryIndex = {
  byVariant: Map<string, PriceListEntry[]>;
  byProduct: Map<string, PriceListEntry[]>;
  byCategory: Map<string, PriceListEntry[]>;
  all: PriceListEntry[];
};

// Entries by target, built once per list object: a list with an entry for each of 50,000 variants is
// then searched by key instead of scanned for every variant priced against it.
const indexes = new WeakMap<PriceList, EntryIndex>();

function indexOf(list: PriceList): EntryIndex {
  let index = indexes.get(list);
  if (!index) {
    index = { byVariant: new Map(), byProduct: new Map(), byCategory: new Map(), all: [] };
    const add = (map: Map<string, PriceListEntry[]>, key: string, entry: PriceListEntry) => {
      const found = map.get(key);
      if (found) found.push(entry);
      else map.set(key, [entry]);
    };
    for (const entry of list.entries) {
      const target = entry.target;
      if (target.kind === 'variant') add(index.byVariant, target.variantId, entry);
      else if (target.kind === 'product') add(index.byProduct, target.productId, entry);
      else if (target.kind === 'category') add(index.byCategory, target.path, entry);
      else index.all.push(entry);
    }
    indexes.set(list, index);
  }
  return index;
}

/** The list's entries whose target covers this variant (its category or any ancestor counts). */
function matchingEntries(list: PriceList, ctx: PriceContext): PriceListEntry[] {
  const index = indexOf(list);
  const found = [
    ...(index.byVariant.get(ctx.variantId) ?? []),
    ...(index.byProduct.get(ctx.productId) ?? []),
    ...index.all,
  ];
  if (index.byCategory.size > 0) {
    const parts = ctx.categoryPath.split('/');
    for (let i = 1; i <= parts.length; i++) found.push(...(index.byCategory.get(parts.slice(0, i).join('/')) ?? []));
  }
  return found;
}

/** Higher is more specific; deeper categories beat their ancestors. */
function specificity(target: EntryTarget): number {
  return target.kind === 'category' ? TARGET_RANK.category + target.path.split('/').length : TARGET_RANK[target.kind];
}

/** An amount in the list's basis converted to the channel's display basis. */
function toDisplayBasis(amount: number, listIncludesVat: boolean, ctx: PriceContext): number {
  if (listIncludesVat === ctx.channel.pricesIncludeVat) return amount;
  return listIncludesVat
    ? grossToNet(amount, ctx.vatRateBp)
    : divideRoundHalfUp(amount * (10_000 + ctx.vatRateBp), 10_000);
}

function applyAdjustment(base: number, adjustment: PriceAdjustment, list: PriceList, ctx: PriceContext): number {
  switch (adjustment.kind) {
    case 'fixed':
      return toDisplayBasis(adjustment.amount, list.amountsIncludeVat, ctx);
    case 'percent':
      return base - divideRoundHalfUp(base * adjustment.bp, 10_000);
    case 'amount':
      return base - toDisplayBasis(adjustment.amount, list.amountsIncludeVat, ctx);
  }
}

/** Why a list does not apply to this context, or null when it is in scope at the instant. */
export function outOfScopeReason(list: PriceList, ctx: PriceContext): TraceReason | null {
  if (!list.active) return { code: 'inactive' };
  if (list.validFrom && ctx.at < list.validFrom) return { code: 'notYetValid', from: list.validFrom };
  if (list.validUntil && ctx.at >= list.validUntil) return { code: 'expired', until: list.validUntil };
  if (!list.channelIds.includes(ctx.channel.id)) return { code: 'otherChannel' };
  if (list.currency !== ctx.channel.currency)
    return { code: 'otherCurrency', listCurrency: list.currency, channelCurrency: ctx.channel.currency };
  if (list.companyId && list.companyId !== ctx.companyId) return { code: 'otherCompany' };
  if (list.customerGroupIds.length > 0 && !list.customerGroupIds.some((g) => ctx.customerGroupIds.includes(g)))
    return { code: 'notInGroups' };
  return null;
}

export function resolvePrice(ctx: PriceContext, lists: readonly PriceList[]): ResolvedPrice {
  if (!Number.isSafeInteger(ctx.quantity) || ctx.quantity < 1)
    throw new RangeError(`quantity must be a whole number ≥ 1, got ${ctx.quantity}`);
  if (ctx.basePrice.currency !== ctx.channel.currency)
    throw new RangeError(`base price in ${ctx.basePrice.currency}, channel sells in ${ctx.channel.currency}`);
  const base = ctx.channel.pricesIncludeVat ? ctx.basePrice.amount : grossToNet(ctx.basePrice.amount, ctx.vatRateBp);
  const floor = Math.max(
    0,
    ctx.floorPrice === null
      ? 0
      : ctx.channel.pricesIncludeVat
        ? ctx.floorPrice
        : grossToNet(ctx.floorPrice, ctx.vatRateBp),
  );

  type Candidate = { list: PriceList; entry: PriceListEntry; amount: number; step: TraceStep };
  const trace: TraceStep[] = [];
  const candidates: Candidate[] = [];
  for (const list of lists) {
    const step: TraceStep = {
      listId: list.id,
      listName: list.name,
      priority: list.priority,
      entryId: null,
      outcome: 'dropped',
      reasons: [],
      unitAmount: null,
    };
    trace.push(step);
    const outOfScope = outOfScopeReason(list, ctx);
    if (outOfScope) {
      step.reasons.push(outOfScope);
      continue;
    }
    const matching = matchingEntries(list, ctx);
    if (matching.length === 0) {
      step.reasons.push({ code: 'noEntry' });
      continue;
    }
    const reachable = matching.filter((e) => e.minQuantity <= ctx.quantity);
    if (reachable.length === 0) {
      step.reasons.push({ code: 'tiersStart', quantity: Math.min(...matching.map((e) => e.minQuantity)) });
      continue;
    }
    const entry = reachable.reduce((best, e) => {
      const bySpecificity = specificity(e.target) - specificity(best.target);
      return bySpecificity > 0 || (bySpecificity === 0 && e.minQuantity > best.minQuantity) ? e : best;
    });
    step.entryId = entry.id;
    step.unitAmount = applyAdjustment(base, entry.adjustment, list, ctx);
    step.reasons.push({
      code: 'adjustment',
      adjustment: entry.adjustment,
      currency: list.currency,
      target: entry.target.kind,
      minQuantity: entry.minQuantity,
    });
    candidates.push({ list, entry, amount: step.unitAmount, step });
  }

  let winner: Candidate | null = null;
  for (const c of candidates) {
    if (
      !winner ||
      c.list.priority > winner.list.priority ||
      (c.list.priority === winner.list.priority && c.amount < winner.amount)
    )
      winner = c;
  }
  for (const c of candidates) {
    if (c === winner) continue;
    c.step.reasons.push({
      code: c.list.priority < winner!.list.priority ? 'lowerPriority' : 'cheaperSamePriority',
      winner: winner!.list.name,
    });
  }

  // The floor limits what lists do; a base price below it (a data error) is left for the admin to see.
  let unit = winner ? Math.max(0, winner.amount) : base;
  let floorApplied = false;
  if (winner && unit < floor) {
    unit = floor;
    floorApplied = true;
  }
  if (winner) {
    winner.step.outcome = 'applied';
    if (floorApplied) winner.step.reasons.push({ code: 'raisedToFloor' });
  }
  const currency = ctx.channel.currency;
  return {
    unit: { amount: unit, currency },
    base: { amount: base, currency },
    lineTotal: { amount: unit * ctx.quantity, currency },
    quantity: ctx.quantity,
    includesVat: ctx.channel.pricesIncludeVat,
    reduced: unit < base,
    applied: winner ? { listId: winner.list.id, listName: winner.list.name, entryId: winner.entry.id } : null,
    floorApplied,
    trace,
  };
}
