import type { InputHTMLAttributes } from 'react';
import { Field } from './field';
import { Input } from './input';

/**
 * A labelled Input in a Field, with the id `field-${name}` (its hint `field-${name}-hint`, its errors
 * `field-${name}-error`) that existing pages and tests name. New code uses Field and Input directly.
 */
export function FormField({
  label,
  name,
  errors,
  hint,
  ...input
}: { label: string; name: string; errors?: string[]; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={`field-${name}`} label={label} hint={hint} errors={errors}>
      <Input name={name} {...input} />
    </Field>
  );
}
