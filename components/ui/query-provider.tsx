'use client';

import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';

/**
 * TanStack Query for what the browser loads itself because page-cached HTML cannot carry it (the
 * visitor's cart), once around the app (root layout). One client per tab, made on first render so that
 * server renders never share one between visitors.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: 1 } } }));
  useEffect(() => {
    // A page restored from the back/forward cache shows the data it had when the visitor left it.
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) void client.invalidateQueries();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
