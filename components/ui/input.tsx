import type { InputHTMLAttributes, Ref } from 'react';
import { cx } from './cx';

/**
 * The look of every text-like control: 44 px high (a touch target), a 3:1 border against white
 * (WCAG 1.4.11), 16 px text so phones do not zoom in on focus, a red border while aria-invalid. A control
 * fills its container's width: size it through the Field (`className="w-28"`), not the control, so no two
 * width classes compete.
 */
export const controlClasses =
  'block w-full min-h-11 rounded-md border border-gray-500 bg-white px-3 py-2 text-base text-ink ' +
  'placeholder:text-gray-600 aria-invalid:border-red-700 disabled:cursor-not-allowed disabled:bg-gray-100 ' +
  'disabled:text-gray-700';

/** A native input, styled; put it in a Field for its label, hint and errors. */
export function Input({
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return <input className={cx(controlClasses, className)} {...props} />;
}
