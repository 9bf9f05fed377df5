// What the showroom product view says about stock: here (the session's store), in the other stores, in
// the warehouses and online (what the web shop can send), from one read of every location.
import { fulfillableQuantity, type LocationStock } from '@/lib/inventory/fulfilment-promise.rules';

export type StockAtLocation = LocationStock & { locationId: string; locationName: string };

export type ShowroomStockSummary = {
  /** The session's store (0 units when it has no stock row). */
  here: { locationName: string; quantity: number };
  otherStores: StockAtLocation[];
  warehouses: StockAtLocation[];
  /** Units one order of the online shop can take: the most one of its locations holds (a line is not split). */
  online: number;
};

/** `stock`: every active location's free units of one variant; `onlineLocationIds`: the web shop's locations. */
export function summariseShowroomStock(
  stock: readonly StockAtLocation[],
  here: { id: string; name: string },
  onlineLocationIds: readonly string[],
): ShowroomStockSummary {
  const byName = (a: StockAtLocation, b: StockAtLocation) => a.locationName.localeCompare(b.locationName);
  return {
    here: { locationName: here.name, quantity: stock.find((s) => s.locationId === here.id)?.quantity ?? 0 },
    otherStores: stock.filter((s) => s.kind === 'store' && s.locationId !== here.id).sort(byName),
    warehouses: stock.filter((s) => s.kind === 'warehouse').sort(byName),
    online: fulfillableQuantity(stock.filter((s) => onlineLocationIds.includes(s.locationId))),
  };
}
