import { useId, type ReactNode } from 'react';
import { Choice, type ChoiceOption } from './choice';
import { Fieldset } from './fieldset';

/**
 * Several native checkboxes under one legend that post the same name once per ticked box (channels of a
 * price list, customer groups); the schema reads them with `formData.getAll`.
 */
export function CheckboxGroup({
  legend,
  name,
  options,
  defaultValue = [],
  hint,
  errors,
  id: givenId,
  orientation = 'horizontal',
  className,
}: {
  legend: ReactNode;
  name: string;
  options: readonly ChoiceOption[];
  defaultValue?: readonly string[];
  hint?: ReactNode;
  errors?: readonly string[];
  id?: string;
  orientation?: 'vertical' | 'horizontal';
  className?: string;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const invalid = Boolean(errors?.length);
  return (
    <Fieldset legend={legend} hint={hint} errors={errors} id={id} className={className}>
      <div className={orientation === 'horizontal' ? 'flex flex-wrap gap-x-6' : undefined}>
        {options.map((option, index) => (
          <Choice
            key={option.value}
            type="checkbox"
            id={option.id ?? `${id}-${index}`}
            name={name}
            value={option.value}
            label={option.label}
            description={option.description}
            disabled={option.disabled}
            defaultChecked={defaultValue.includes(option.value)}
            aria-invalid={invalid || undefined}
          />
        ))}
      </div>
    </Fieldset>
  );
}
