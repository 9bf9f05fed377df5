// Channel price consistency: compares the effective prices of one product across channels and
// customer groups on a common gross basis and flags those too far from the row's median.
import { divideRoundHalfUp } from '@/lib/platform/money.rules';

export type PriceCell = { key: string; amount: number; includesVat: boolean; vatRateBp: number };
export type CheckedCell = PriceCell & { gross: number; deviationBp: number; flagged: boolean };

/** A net amount's gross equivalent, so gross and net channels can be compared. */
export function grossEquivalent(cell: PriceCell): number {
  return cell.includesVat ? cell.amount : divideRoundHalfUp(cell.amount * (10_000 + cell.vatRateBp), 10_000);
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : divideRoundHalfUp(sorted[mid - 1]! + sorted[mid]!, 2);
}

/**
 * Flags every cell whose gross equivalent differs from the row's median by more than `spreadBp`
 * (basis points of the median). The deviation is signed: below the median is negative.
 */
export function checkConsistency(cells: PriceCell[], spreadBp: number): CheckedCell[] {
  if (cells.length === 0) return [];
  const grosses = cells.map(grossEquivalent);
  const reference = median([...grosses].sort((a, b) => a - b));
  return cells.map((cell, i) => {
    const gross = grosses[i]!;
    const deviationBp = reference === 0 ? 0 : divideRoundHalfUp((gross - reference) * 10_000, reference);
    return { ...cell, gross, deviationBp, flagged: Math.abs(deviationBp) > spreadBp };
  });
}
