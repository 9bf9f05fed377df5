import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { Choice } from './choice';

/**
 * A single native checkbox ("Active", "I accept the terms"), with its own errors. A form posts it as
 * `name=on` when ticked and not at all otherwise; the schema reads absence as false.
 */
export function Checkbox({
  label,
  description,
  errors,
  id: givenId,
  className,
  ...input
}: {
  label: ReactNode;
  description?: ReactNode;
  errors?: readonly string[];
  id?: string;
  className?: string;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'id' | 'className' | 'size'>) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const invalid = Boolean(errors?.length);
  return (
    <div className={className}>
      <Choice
        {...input}
        type="checkbox"
        id={id}
        label={label}
        description={description}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? `${id}-error` : undefined}
      />
      {invalid && (
        <div id={`${id}-error`} className="text-sm text-red-700">
          {errors?.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
    </div>
  );
}
