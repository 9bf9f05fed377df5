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
  const descriptionId = description != null ? `${id}-description` : undefined;
  const describedBy = [descriptionId, input['aria-describedby']].filter(Boolean).join(' ') || undefined;
  const look = sizes[size];
  // The caller's classes sit on an outer element of their own, so a display class of theirs does not
  // compete with the row's flex layout.
  return (
    <div className={cx(look.row, className)}>
      <div className="flex items-start gap-2">
        <input
          {...input}
          type={type}
          id={id}
          aria-describedby={describedBy}
          className={cx('size-5 shrink-0 accent-brand-700 disabled:cursor-not-allowed', look.input)}
        />
        <div className="flex-1 text-sm">
          <label htmlFor={id} className={cx('block', look.label)}>
            {label}
          </label>
          {descriptionId && (
            <p id={descriptionId} className="text-gray-700">
              {description}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
