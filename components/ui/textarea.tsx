import type { Ref, TextareaHTMLAttributes } from 'react';
import { cx } from './cx';
import { controlClasses } from './input';

/** A native textarea, styled like Input; put it in a Field. */
export function Textarea({
  className,
  rows = 3,
  ...props
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { ref?: Ref<HTMLTextAreaElement> }) {
  return <textarea rows={rows} className={cx(controlClasses, className)} {...props} />;
}
