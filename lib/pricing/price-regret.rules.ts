// Price-regret guard (docs/pricing.md): before a price change lands, which recent buyers would see
// the product they bought offered much cheaper, and what price protection would cost. Pure: the
// service (lib/pricing/price-regret.writes.ts) supplies the purchases and the prices before and after.
import type { Money } from '@/lib/platform/money.rules';

/** One order line bought within the window, its unit price as a gross amount (net channels converted). */
export type RecentPurchase = {
  orderId: string;
  orderNumber: number;
  orderLineId: string;
  /** Null for guest orders: they count, but a credit needs an account. */
  userId: string | null;
  email: string;
  variantId: string;
  sku: string;
  productName: string;
  quantity: number;
  paidGross: number;
  /** Price-protection credit already granted for this line (never granted twice). */
  credited: number;
};

/** A price in one context (channel × audience × instant), gross. */
export type ContextPrice = { context: string; variantId: string; gross: number; channelName: string };

/** The lowest price the change brings per variant, from the contexts where it lowered the price. */
export type LoweredPrice = { variantId: string; gross: number; channelName: string };

export type RegretSettings = { windowDays: number; thresholdBp: number };

export type RegretVariant = {
  variantId: string;
  sku: string;
  productName: string;
  newPrice: number;
  channelName: string;
  highestPaid: number;
  /** Drop of the new price below the highest price paid, in basis points. */
  dropBp: number;
  orders: number;
  customers: number;
};

export type RegretImpact = {
  windowDays: number;
  thresholdBp: number;
  currency: string;
  variants: RegretVariant[];
  orders: number;
  customers: number;
  /** Sum of the credits "go ahead and grant credit" would write, and to how many accounts. */
  creditTotal: number;
  creditCustomers: number;
};

/**
 * What a guarded price action hands its form (ActionState's data): the change waiting for the
 * merchandiser's decision, or the price-protection credit granted with the write.
 */
export type PriceWriteData = { regret?: RegretImpact; credited?: Money };

export type RegretLine = RecentPurchase & { newPrice: number; credit: number };

/**
 * Per variant, the lowest price after the change among the contexts where the change lowered it.
 * Contexts where the price stayed or rose are not this change's doing and are ignored.
 */
export function findLoweredPrices(
  before: readonly ContextPrice[],
  after: readonly ContextPrice[],
): Map<string, LoweredPrice> {
  const old = new Map(before.map((p) => [`${p.context}|${p.variantId}`, p.gross]));
  const lowered = new Map<string, LoweredPrice>();
  for (const p of after) {
    const previous = old.get(`${p.context}|${p.variantId}`);
    if (previous === undefined || p.gross >= previous) continue;
    const seen = lowered.get(p.variantId);
    if (!seen || p.gross < seen.gross)
      lowered.set(p.variantId, { variantId: p.variantId, gross: p.gross, channelName: p.channelName });
  }
  return lowered;
}

/** Whether `now` is more than `thresholdBp` below `paid` (strictly). */
export function isRegretful(paid: number, now: number, thresholdBp: number): boolean {
  return paid > 0 && (paid - now) * 10_000 > paid * thresholdBp;
}

/** The drop from `paid` to `now` in basis points of `paid`, rounded down. */
export function dropBp(paid: number, now: number): number {
  return paid > 0 ? Math.floor(((paid - now) * 10_000) / paid) : 0;
}

/**
 * The impact of lowered prices on recent purchases: every line whose price paid is more than the
 * threshold above the new price regrets it. The credit for a line is the difference per unit times the
 * quantity, less what was already credited for it, and only for buyers with an account.
 */
export function assessPriceRegret(
  purchases: readonly RecentPurchase[],
  lowered: ReadonlyMap<string, LoweredPrice>,
  settings: RegretSettings,
  currency: string,
): { impact: RegretImpact; lines: RegretLine[] } {
  const lines: RegretLine[] = [];
  for (const purchase of purchases) {
    const offer = lowered.get(purchase.variantId);
    if (!offer || !isRegretful(purchase.paidGross, offer.gross, settings.thresholdBp)) continue;
    const owed = (purchase.paidGross - offer.gross) * purchase.quantity;
    lines.push({
      ...purchase,
      newPrice: offer.gross,
      credit: purchase.userId ? Math.max(0, owed - purchase.credited) : 0,
    });
  }
  const customerOf = (line: RegretLine) => line.userId ?? `guest:${line.email.toLowerCase()}`;
  const byVariant = new Map<string, RegretLine[]>();
  for (const line of lines) byVariant.set(line.variantId, [...(byVariant.get(line.variantId) ?? []), line]);
  const variants = [...byVariant.values()]
    .map((group): RegretVariant => {
      const first = group[0]!;
      const highestPaid = Math.max(...group.map((l) => l.paidGross));
      return {
        variantId: first.variantId,
        sku: first.sku,
        productName: first.productName,
        newPrice: first.newPrice,
        channelName: lowered.get(first.variantId)!.channelName,
        highestPaid,
        dropBp: dropBp(highestPaid, first.newPrice),
        orders: new Set(group.map((l) => l.orderId)).size,
        customers: new Set(group.map(customerOf)).size,
      };
    })
    .sort((a, b) => b.dropBp - a.dropBp || a.sku.localeCompare(b.sku));
  const credited = lines.filter((l) => l.credit > 0);
  return {
    impact: {
      windowDays: settings.windowDays,
      thresholdBp: settings.thresholdBp,
      currency,
      variants,
      orders: new Set(lines.map((l) => l.orderId)).size,
      customers: new Set(lines.map(customerOf)).size,
      creditTotal: credited.reduce((sum, l) => sum + l.credit, 0),
      creditCustomers: new Set(credited.map((l) => l.userId)).size,
    },
    lines,
  };
}
