// Carts with lines, as the cart service leaves them (no pricing: unitAmountAtAdd is given or a placeholder).
import type { Executor } from '@/db/client';
import { cartLines, carts } from '@/db/schema';

export async function makeCart(
  db: Executor,
  input: {
    channelId: string;
    userId?: string | null;
    lines?: Array<{ variantId: string; quantity: number; unitAmountAtAdd?: number }>;
    /** When the cart (and its lines) were last changed; default now. */
    changedAt?: Date;
  },
): Promise<{ id: string }> {
  const changed = input.changedAt ? { createdAt: input.changedAt, updatedAt: input.changedAt } : {};
  const [cart] = await db
    .insert(carts)
    .values({ channelId: input.channelId, userId: input.userId ?? null, ...changed })
    .returning({ id: carts.id });
  if (input.lines?.length)
    await db.insert(cartLines).values(
      input.lines.map((line) => ({
        cartId: cart!.id,
        variantId: line.variantId,
        quantity: line.quantity,
        unitAmountAtAdd: line.unitAmountAtAdd ?? 1000,
        ...(input.changedAt ? { addedAt: input.changedAt } : {}),
      })),
    );
  return cart!;
}
