import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll area. It is focusable and named, so keyboard users can scroll it
 * (axe: scrollable-region-focusable).
 */
export function TableScroll({
  label,
  className = '',
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`overflow-x-auto rounded-lg border border-gray-200 bg-white focus:outline-2 focus:outline-gray-900 ${className}`}
    >
      {children}
    </div>
  );
}
