'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** False in the server's HTML and while it hydrates (and so without JavaScript), true once React runs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
