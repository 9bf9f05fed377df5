import { cloneElement, useId, type ReactElement, type ReactNode } from 'react';

/** What a Field hands to its control so the label, hint and errors belong to it. */
export type FieldControlProps = {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
};

type ControlElement = ReactElement<{ id?: string; 'aria-describedby'?: string; 'aria-invalid'?: unknown }>;

/** The ids a field's hint and errors get: `${id}-hint` and `${id}-error`. */
export function fieldDescriptionIds(id: string, { hint, errors }: { hint?: boolean; errors?: boolean }) {
  return [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

/**
 * A label, its control, a hint and the field's errors. The control gets the id the label points to,
 * aria-describedby naming the hint and the errors, and aria-invalid while there are errors: pass an
 * Input, Textarea or Select as the child (its props are merged), or a function for any other control.
 * `id` defaults to a generated one; give one when a test or a CSS selector names the control.
 */
export function Field({
  label,
  hint,
  errors,
  id: givenId,
  hideLabel = false,
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  id?: string;
  /** For a control whose purpose is plain from its surroundings (a search box next to its button). */
  hideLabel?: boolean;
  className?: string;
  children: ControlElement | ((control: FieldControlProps) => ReactNode);
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const invalid = Boolean(errors?.length);
  const describedBy = fieldDescriptionIds(id, { hint: hint != null, errors: invalid });
  const control: FieldControlProps = {
    id,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(invalid ? { 'aria-invalid': true as const } : {}),
  };
  // A describedby the child already has (a note elsewhere on the page) is kept after the field's own.
  const rendered =
    typeof children === 'function'
      ? children(control)
      : cloneElement(children, {
          ...control,
          'aria-describedby': [describedBy, children.props['aria-describedby']].filter(Boolean).join(' ') || undefined,
        });
  return (
    <div className={className}>
      <label htmlFor={id} className={hideLabel ? 'sr-only' : 'mb-1 block text-sm font-medium'}>
        {label}
      </label>
      {rendered}
      {hint != null && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-gray-700">
          {hint}
        </p>
      )}
      {invalid && (
        <div id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors?.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
    </div>
  );
}
