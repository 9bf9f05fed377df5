import { useId, type ReactNode } from 'react';
import { cx } from './cx';
import { fieldDescriptionIds } from './field';

/**
 * A group of controls under one legend (checkboxes, radios, an address), with the group's hint and
 * errors named by aria-describedby, so screen readers read the question with each answer.
 */
export function Fieldset({
  legend,
  hint,
  errors,
  id: givenId,
  hideLegend = false,
  boxed = false,
  className,
  children,
}: {
  legend: ReactNode;
  hint?: ReactNode;
  errors?: readonly string[];
  /** Base of the hint's and errors' ids (`${id}-hint`, `${id}-error`). */
  id?: string;
  hideLegend?: boolean;
  /** A bordered section of a longer form (checkout): the legend reads as the section's title. */
  boxed?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const invalid = Boolean(errors?.length);
  return (
    // min-w-0: a fieldset is min-content wide by default and would push a wide child out of a grid cell.
    <fieldset
      id={id}
      aria-describedby={fieldDescriptionIds(id, { hint: hint != null, errors: invalid })}
      className={cx('min-w-0', boxed && 'rounded-lg border border-gray-200 p-4', className)}
    >
      <legend className={hideLegend ? 'sr-only' : boxed ? 'px-1 font-semibold' : 'mb-1 text-sm font-medium'}>
        {legend}
      </legend>
      {hint != null && (
        <p id={`${id}-hint`} className="mb-2 text-sm text-gray-700">
          {hint}
        </p>
      )}
      {children}
      {invalid && (
        <div id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors?.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
    </fieldset>
  );
}
