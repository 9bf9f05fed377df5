import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { cx } from './cx';

export type ChoiceOption = {
  value: string;
  label: ReactNode;
  description?: ReactNode;
  disabled?: boolean;
  id?: string;
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
  className,
  ...input
}: {
  type: 'checkbox' | 'radio';
  id: string;
  label: ReactNode;
  description?: ReactNode;
  className?: string;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'className'>) {
  const descriptionId = description != null ? `${id}-description` : undefined;
  const describedBy = [descriptionId, input['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <div className={cx('flex items-start gap-2 py-1', className)}>
      <input
        {...input}
        type={type}
        id={id}
        aria-describedby={describedBy}
        className="mt-0.5 size-5 shrink-0 accent-brand-700 disabled:cursor-not-allowed"
      />
      <div className="text-sm">
        <label htmlFor={id} className="block min-h-6 leading-6">
          {label}
        </label>
        {descriptionId && (
          <p id={descriptionId} className="text-gray-700">
            {description}
          </p>
        )}
      </div>
    </div>
  );
}
