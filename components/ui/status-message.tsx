import type { ReactNode } from 'react';
import { cx } from './cx';

export type StatusTone = 'success' | 'info' | 'error';

const boxTones: Record<StatusTone, string> = {
  success: 'border-green-300 bg-green-50 text-green-900',
  info: 'border-blue-300 bg-blue-50 text-blue-900',
  error: 'border-red-300 bg-red-50 text-red-800',
};

const plainTones: Record<StatusTone, string> = {
  success: 'text-green-800',
  info: 'text-gray-700',
  error: 'font-medium text-red-800',
};

/**
 * The outcome of a server action, announced to screen readers: politely (role=status) for success and
 * information, at once (role=alert) for errors. Render it always, with no children until there is a
 * message: screen readers announce a change inside a live region that already exists, not a region that
 * appears with its text. So both regions are always in the page (empty ones take no space) and the
 * message goes into the one its tone needs; a role never changes under a screen reader.
 * `plain` shows the text without a box (a result count, the chosen variant). `id` wraps both regions
 * in one element, so a control can name the message with aria-describedby whichever region holds it.
 */
export function StatusMessage({
  tone,
  plain = false,
  id,
  className,
  children,
}: {
  tone: StatusTone;
  plain?: boolean;
  id?: string;
  className?: string;
  children?: ReactNode;
}) {
  const shown = children != null && children !== false && children !== '';
  const box = plain
    ? cx('text-sm', plainTones[tone], className)
    : cx('rounded-md border px-3 py-2 text-sm', boxTones[tone], className);
  const polite = shown && tone !== 'error';
  const assertive = shown && tone === 'error';
  const regions = (
    <>
      <div role="status" className={polite ? box : undefined}>
        {polite ? children : null}
      </div>
      <div role="alert" className={assertive ? box : undefined}>
        {assertive ? children : null}
      </div>
    </>
  );
  return id ? <div id={id}>{regions}</div> : regions;
}
