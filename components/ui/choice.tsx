import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from './cx';

export type ChoiceSize = 'md' | 'touch';

export type ChoiceOption = {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  id?: string;
  /** Classes of the option's row; they may set its display (shown only while another choice is checked). */
  className?: string;
};

// `touch` makes the label at least 44 px high across the row (WCAG 2.5.5), for the cart and checkout.
const sizes: Record<ChoiceSize, { row: string; input: string; label: string }> = {
  md: { row: 'py-1', input: 'mt-0.5', label: 'min-h-6 leading-6' },
  touch: { row: '', input: 'mt-3', label: 'min-h-11 py-2.5 leading-6' },
};

/**
 * One native checkbox or radio with its label and an optional description (named by aria-describedby,
 * not part of the label, so the name stays short). The label is the larger tap target.
 */
export function Choice({
  type,
  id,
  label,
  description,
  size = 'md',
  className,
  ...input
}: {
  type: 'checkbox' | 'radio';
  id: string;
  label: ReactNode;
  description?: ReactNode;
  size?: ChoiceSize;
  className?: string;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'className' | 'size'>) {
  const look = sizes[size];
  const control = (
    <input
      {...input}
      type={type}
      id={id}
      aria-describedby={
        description != null ? describedBy(`${id}-description`, input['aria-describedby']) : input['aria-describedby']
      }
      className={cx(
        'size-5 shrink-0 accent-brand-700 disabled:cursor-not-allowed',
        description != null ? look.input : 'mt-0.5',
      )}
    />
  );
  // The caller's classes sit on an outer element of their own, so a display class of theirs does not
  // compete with the row's flex layout.
  if (description == null)
    // The label wraps the box: the whole row is the tap target, with no ids to pair (and less markup in
    // long facet lists, which every uncached listing renders).
    return (
      <div className={cx(look.row, className) || undefined}>
        <label className={cx('flex items-start gap-2 text-sm', look.label)}>
          {control}
          <span>{label}</span>
        </label>
      </div>
    );
  return (
    <div className={cx(look.row, className) || undefined}>
      <div className="flex items-start gap-2">
        {control}
        <div className="flex-1 text-sm">
          <label htmlFor={id} className={cx('block', look.label)}>
            {label}
          </label>
          <p id={`${id}-description`} className="text-gray-700">
            {description}
          </p>
        </div>
      </div>
    </div>
  );
}

function describedBy(...ids: Array<string | undefined>): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
