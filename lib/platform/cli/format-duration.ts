// Durations for command-line output (seed, bench): milliseconds or seconds with fixed decimals.
const formats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, decimals: number): string {
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    formats.set(decimals, format);
  }
  return format.format(value);
}

export const formatSeconds = (milliseconds: number, decimals = 1) => `${formatNumber(milliseconds / 1000, decimals)} s`;
