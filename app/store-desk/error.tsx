'use client';

import { ErrorMessage } from '@/components/ui/error-message';

/** An error in a page of this shell: the message inside the shell's own <main> (one per page). */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorMessage reset={reset} />;
}
