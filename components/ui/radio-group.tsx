import { useId, type ReactNode } from 'react';
import { Choice, type ChoiceOption, type ChoiceSize } from './choice';
import { Fieldset } from './fieldset';

/**
 * Native radios in a fieldset with a legend: one answer to one question, submitted by a plain form.
 * Each option may carry a description. Pass `value` with `onValueChange` to control it from a client
 * component, or `defaultValue` for a plain form. `children` follow the options inside the fieldset (the
 * card number that belongs to "Card").
 */
export function RadioGroup({
  legend,
  name,
  options,
  defaultValue,
  value,
  onValueChange,
  required,
  hint,
  errors,
  id: givenId,
  orientation = 'vertical',
  size,
  boxed,
  className,
  children,
}: {
  legend: ReactNode;
  name: string;
  options: readonly ChoiceOption[];
  defaultValue?: string;
  value?: string;
  onValueChange?: (value: string) => void;
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
  /** Base of the option ids (`${id}-0`, …) unless an option names its own. */
  id?: string;
  orientation?: 'vertical' | 'horizontal';
  size?: ChoiceSize;
  boxed?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const invalid = Boolean(errors?.length);
  return (
    <Fieldset legend={legend} hint={hint} errors={errors} id={id} boxed={boxed} className={className}>
      <div className={orientation === 'horizontal' ? 'flex flex-wrap gap-x-6' : undefined}>
        {options.map((option, index) => (
          <Choice
            key={option.value}
            type="radio"
            id={option.id ?? `${id}-${index}`}
            name={name}
            value={option.value}
            label={option.label}
            description={option.description}
            disabled={option.disabled}
            size={size}
            className={option.className}
            required={required}
            aria-invalid={invalid || undefined}
            {...(value === undefined
              ? { defaultChecked: option.value === defaultValue }
              : { checked: option.value === value, readOnly: !onValueChange })}
            onChange={onValueChange ? () => onValueChange(option.value) : undefined}
          />
        ))}
      </div>
      {children}
    </Fieldset>
  );
}
