// Request and response schemas of the store API (GET /api/v1/stores, GET /api/v1/stores/{id}/pickup-slots);
// the handlers validate with them and the OpenAPI document is built from them.
import { z } from 'zod';
import { fieldMessage } from '@/lib/platform/errors';
import type { OpeningHours } from './pickup-slots.rules';
import type { PickupStoreOption } from '@/lib/pickup/pickup.reads';
import type { StoreDetail } from '@/lib/inventory/stores.reads';

export const PICKUP_SLOT_DAYS = { min: 1, max: 14, default: 7 } as const;

/** Path parameter of /api/v1/stores/{id}/…: anything but a UUID names no store (404). */
export const storeIdParam = z.uuid();

/** Query of GET /api/v1/stores/{id}/pickup-slots. */
export const pickupSlotsQuery = z.object({
  from: z.iso
    .date(fieldMessage('date'))
    .optional()
    .describe("The first day, a calendar date in the store's time zone (default: today there)"),
  days: z.coerce
    .number({ error: fieldMessage('whole_number') })
    .int(fieldMessage('whole_number'))
    .min(PICKUP_SLOT_DAYS.min, fieldMessage('too_small'))
    .max(PICKUP_SLOT_DAYS.max, fieldMessage('too_big'))
    .default(PICKUP_SLOT_DAYS.default)
    .describe(
      `How many days from \`from\` (${PICKUP_SLOT_DAYS.min}–${PICKUP_SLOT_DAYS.max}, default ${PICKUP_SLOT_DAYS.default})`,
    ),
  cartId: z
    .uuid(fieldMessage('unknown_cart'))
    .optional()
    .describe(
      'A cart of the caller (as for checkout): only slots on which all its lines can be collected here, from the arrival day when some come from a warehouse',
    ),
  sku: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .optional()
    .describe('Instead of a cart, one item: only slots on which `quantity` of it can be collected here'),
  quantity: z.coerce
    .number({ error: fieldMessage('whole_number') })
    .int(fieldMessage('whole_number'))
    .min(1, fieldMessage('too_small'))
    .max(999, fieldMessage('too_big'))
    .default(1)
    .describe('Units of `sku` (default 1)'),
});
export type PickupSlotsQuery = z.output<typeof pickupSlotsQuery>;

const clock = z.string().regex(/^\d{2}:\d{2}$/);
const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;

export const storeSchema = z.object({
  id: z.uuid().describe('The id for /api/v1/stores/{id}/pickup-slots'),
  code: z.string(),
  name: z.string(),
  address: z.object({
    street: z.string(),
    postalCode: z.string(),
    city: z.string(),
    country: z.string().describe('ISO 3166-1 alpha-2'),
  }),
  timeZone: z.string().describe('IANA time zone; opening hours and pickup days are local to it'),
  openingHours: z
    .array(
      z.object({
        weekday: z.number().int().min(1).max(7).describe('ISO weekday: 1 = Monday … 7 = Sunday'),
        opens: clock,
        closes: clock,
      }),
    )
    .describe('Opening ranges by weekday and time; a weekday without a range is closed'),
  clickAndCollect: z
    .boolean()
    .describe(
      "Whether the store hands over click & collect orders of the key's channel (pickup enabled and the store supplies the channel)",
    ),
});
export type StoreDto = z.infer<typeof storeSchema>;

export const storeListSchema = z.object({ items: z.array(storeSchema) });

const slotSchema = z.object({
  start: z.string().describe('ISO 8601 instant (UTC); send it as pickupSlotStart at checkout'),
  end: z.string().describe('ISO 8601 instant (UTC)'),
  remaining: z.number().int().min(1).describe('Orders this slot can still take'),
});

export const pickupSlotsSchema = z.object({
  store: z.object({ id: z.uuid(), code: z.string(), name: z.string(), timeZone: z.string() }),
  from: z.string().describe('The first day asked for (YYYY-MM-DD, local)'),
  to: z.string().describe('The last day asked for (YYYY-MM-DD, local, inclusive)'),
  slotMinutes: z.number().int(),
  slotCapacity: z.number().int().describe('Orders one slot takes when nothing is booked'),
  availability: z
    .object({
      kind: z.enum(['in_store', 'transfer', 'unavailable']),
      from: z.string().nullable().describe('The first day the items can be collected (YYYY-MM-DD, local)'),
    })
    .describe(
      'For the items asked for (cartId or sku; without them: in_store): in the store; transferred from a warehouse (the order is placed as ship_to_store, slots from the arrival day on); or not possible here (no slots)',
    ),
  days: z
    .array(z.object({ date: z.string().describe('YYYY-MM-DD, local'), slots: z.array(slotSchema) }))
    .describe(
      'Only bookable slots: slots in the past, within the lead time before now or fully booked are left out, and so are days without any',
    ),
});
export type PickupSlotsDto = z.infer<typeof pickupSlotsSchema>;

function openingHoursDto(hours: OpeningHours): StoreDto['openingHours'] {
  return WEEKDAYS.flatMap((day) =>
    [...(hours[day] ?? [])]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([opens, closes]) => ({ weekday: Number(day), opens, closes })),
  );
}

export function toStoreDto(store: StoreDetail): StoreDto {
  return {
    id: store.id,
    code: store.code,
    name: store.name,
    address: { street: store.street, postalCode: store.postalCode, city: store.city, country: store.country },
    timeZone: store.timeZone,
    openingHours: openingHoursDto(store.openingHours),
    clickAndCollect: store.pickup,
  };
}

/** `from` and `to` are the window asked for: its days are local to the store, so `from` defaults to its today. */
export function toPickupSlotsDto(store: PickupStoreOption, window: { from: string; days: number }): PickupSlotsDto {
  const [y, m, d] = window.from.split('-').map(Number);
  const to = new Date(Date.UTC(y!, m! - 1, d! + window.days - 1)).toISOString().slice(0, 10);
  return {
    store: { id: store.id, code: store.code, name: store.name, timeZone: store.timeZone },
    from: window.from,
    to,
    slotMinutes: store.pickupSlotMinutes,
    slotCapacity: store.pickupSlotCapacity,
    availability: store.availability,
    days: store.days,
  };
}
