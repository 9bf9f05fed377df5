// Stores, warehouses and stock levels.
import type { Executor } from '@/db/client';
import { locations, stockLevels } from '@/db/schema';
import type { OpeningHours } from '@/lib/pickup/pickup-slots.rules';
import { uniqueSuffix } from './unique';

/** Monday to Friday 10:00–19:00, Saturday 10:00–18:00, closed on Sunday. */
export const STORE_HOURS: OpeningHours = {
  '1': [['10:00', '19:00']],
  '2': [['10:00', '19:00']],
  '3': [['10:00', '19:00']],
  '4': [['10:00', '19:00']],
  '5': [['10:00', '19:00']],
  '6': [['10:00', '18:00']],
};
const WAREHOUSE_HOURS: OpeningHours = {
  '1': [['07:00', '16:00']],
  '2': [['07:00', '16:00']],
  '3': [['07:00', '16:00']],
  '4': [['07:00', '16:00']],
  '5': [['07:00', '16:00']],
};

export type MadeLocation = typeof locations.$inferSelect;
export type LocationOverrides = Partial<Omit<typeof locations.$inferInsert, 'id'>>;

/** A store in Europe/Berlin with click & collect and STORE_HOURS. */
export async function makeStore(db: Executor, overrides: LocationOverrides = {}): Promise<MadeLocation> {
  const suffix = uniqueSuffix();
  const [row] = await db
    .insert(locations)
    .values({
      code: `S${suffix.toUpperCase()}`,
      name: `Store ${suffix}`,
      kind: 'store',
      street: 'Teststraße 1',
      postalCode: '10115',
      city: `City ${suffix}`,
      country: 'DE',
      timeZone: 'Europe/Berlin',
      openingHours: STORE_HOURS,
      pickupEnabled: true,
      ...overrides,
    })
    .returning();
  return row!;
}

/** A warehouse: no click & collect. */
export function makeWarehouse(db: Executor, overrides: LocationOverrides = {}): Promise<MadeLocation> {
  const suffix = uniqueSuffix();
  return makeStore(db, {
    code: `W${suffix.toUpperCase()}`,
    name: `Warehouse ${suffix}`,
    kind: 'warehouse',
    openingHours: WAREHOUSE_HOURS,
    pickupEnabled: false,
    ...overrides,
  });
}

/** Sets the stock of a variant at a location (inserted or overwritten). */
export async function makeStock(
  db: Executor,
  input: { variantId: string; locationId: string; onHand: number; reserved?: number },
): Promise<{ variantId: string; locationId: string; onHand: number; reserved: number }> {
  const values = { ...input, reserved: input.reserved ?? 0 };
  await db
    .insert(stockLevels)
    .values(values)
    .onConflictDoUpdate({
      target: [stockLevels.variantId, stockLevels.locationId],
      set: { onHand: values.onHand, reserved: values.reserved },
    });
  return values;
}
