// How stock numbers are shown to shoppers. Exact counts stay internal except for "only N left".

export type Availability = 'in_stock' | 'low_stock' | 'out_of_stock';

export const LOW_STOCK_THRESHOLD = 3;

export function availabilityOf(availableQuantity: number): Availability {
  if (availableQuantity <= 0) return 'out_of_stock';
  if (availableQuantity <= LOW_STOCK_THRESHOLD) return 'low_stock';
  return 'in_stock';
}

/** Sellable units at one location: what is on hand minus what is already promised to orders. */
export function availableAt(stock: { onHand: number; reserved: number }): number {
  return Math.max(0, stock.onHand - stock.reserved);
}
