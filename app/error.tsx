'use client';

import { ErrorMessage } from '@/components/ui/error-message';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main">
      <ErrorMessage reset={reset} />
    </main>
  );
}
