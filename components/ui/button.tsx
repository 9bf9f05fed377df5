import Link from 'next/link';
import type { ButtonHTMLAttributes, ComponentProps, Ref } from 'react';
import { cx } from './cx';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost' | 'quiet' | 'link';
export type ButtonSize = 'sm' | 'md' | 'lg' | 'touch';

const base =
  'inline-flex items-center justify-center gap-2 rounded-md font-medium transition-colors ' +
  'disabled:cursor-not-allowed disabled:opacity-60 aria-busy:cursor-progress data-pending:cursor-progress data-pending:opacity-60';

const variants: Record<ButtonVariant, string> = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  secondary: 'border border-gray-500 bg-white text-ink hover:bg-gray-50',
  danger: 'bg-red-700 text-white hover:bg-red-800',
  ghost: 'text-brand-800 hover:bg-brand-50',
  // The surrounding text colour with a faint fill on hover: header controls on a light or a dark bar.
  quiet: 'text-current hover:bg-current/10',
  link: 'text-brand-800 underline underline-offset-2 hover:text-brand-700',
};

// Heights are minimums so a label that wraps grows the button instead of overflowing it. `touch` is the
// staff-tablet size: at least 44 × 44 px (WCAG 2.5.5), also for an icon-only button.
const sizes: Record<ButtonSize, { box: string; padding: string }> = {
  sm: { box: 'min-h-8 text-sm', padding: 'px-3 py-1' },
  md: { box: 'min-h-10 text-sm', padding: 'px-4 py-2' },
  lg: { box: 'min-h-12 text-base', padding: 'px-6 py-2.5' },
  touch: { box: 'min-h-11 min-w-11 text-base', padding: 'px-4 py-2' },
};

export type ButtonStyle = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/**
 * The classes of a button, for elements that must be something else: a link, or React Aria's button
 * that opens a dialog. A link-styled button keeps the height of its size but no padding, so it lines
 * up with running text.
 */
export function buttonClasses({ variant = 'primary', size = 'md', className }: ButtonStyle = {}): string {
  const { box, padding } = sizes[size];
  return cx(base, variants[variant], box, variant === 'link' ? null : padding, className);
}

/**
 * A native button (it submits plain forms without JavaScript). `type` defaults to "button" so a button
 * inside a form submits only when it says so. `pending` (an action is running) disables it and sets
 * aria-busy, so a second press cannot send the form twice.
 */
export function Button({
  variant,
  size,
  pending = false,
  disabled,
  className,
  type = 'button',
  ...props
}: ButtonStyle & { pending?: boolean; ref?: Ref<HTMLButtonElement> } & Omit<
    ButtonHTMLAttributes<HTMLButtonElement>,
    'className'
  >) {
  return (
    <button
      type={type}
      disabled={disabled || pending}
      aria-busy={pending || undefined}
      className={buttonClasses({ variant, size, className })}
      {...props}
    />
  );
}

/** A link that looks like a button: for navigation (a next/link, so also external URLs), never for actions. */
export function ButtonLink({ variant, size, className, ...props }: ButtonStyle & ComponentProps<typeof Link>) {
  return <Link className={buttonClasses({ variant, size, className })} {...props} />;
}
