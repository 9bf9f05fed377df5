/**
 * How many server workers to run: `WEB_CONCURRENCY` when it is a whole number from 1 to 64,
 * otherwise one per core (at most 8, so a big machine does not open hundreds of database connections).
 */
export function workerCount(setting: string | undefined, cores: number): number {
  if (setting !== undefined && setting.trim() !== '') {
    const wanted = Number(setting);
    if (!Number.isInteger(wanted) || wanted < 1 || wanted > 64)
      throw new Error(`WEB_CONCURRENCY must be a whole number from 1 to 64, got "${setting}"`);
    return wanted;
  }
  return Math.min(8, Math.max(1, cores));
}

/** How long an anonymous storefront page may be served from the page cache: `PAGE_CACHE_SECONDS`, 0 to 3600, default 60. */
export function pageCacheSeconds(setting: string | undefined): number {
  if (setting === undefined || setting.trim() === '') return 60;
  const seconds = Number(setting);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 3600)
    throw new Error(`PAGE_CACHE_SECONDS must be a whole number from 0 to 3600, got "${setting}"`);
  return seconds;
}
