import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { cx } from './cx';
import { controlClasses } from './input';

export type SelectOption = { value: string; label: string; disabled?: boolean };

/**
 * A native select (it works without JavaScript and uses the phone's own picker); put it in a Field.
 * Give `options`, or `<option>`/`<optgroup>` children for anything richer. `placeholder` adds a first
 * option with the empty value ("Choose …"), which a required field's schema then refuses.
 */
export function Select({
  options,
  placeholder,
  className,
  children,
  ...props
}: {
  options?: readonly SelectOption[];
  placeholder?: string;
  children?: ReactNode;
  ref?: Ref<HTMLSelectElement>;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select className={cx(controlClasses, className)} {...props}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options?.map((option) => (
        <option key={option.value} value={option.value} disabled={option.disabled}>
          {option.label}
        </option>
      ))}
      {children}
    </select>
  );
}
