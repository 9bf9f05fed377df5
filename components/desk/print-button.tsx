'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog for the receipt; not printed itself. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button type="button" size="touch" variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
