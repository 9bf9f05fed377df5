'use client';

import { Button as AriaButton } from 'react-aria-components';
import { cx } from './cx';

/** The × of a dialog, drawer or toast: React Aria's "close" slot closes whatever surrounds it; 44 × 44 px. */
export function CloseButton({ label, className }: { label?: string; className?: string }) {
  return (
    <AriaButton
      slot="close"
      aria-label={label}
      className={cx(
        'inline-flex size-11 items-center justify-center rounded-md text-gray-700 hover:bg-gray-100 hover:text-ink',
        className,
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="none" stroke="currentColor" strokeWidth="2">
        <path d="M5 5l10 10M15 5L5 15" strokeLinecap="round" />
      </svg>
    </AriaButton>
  );
}
