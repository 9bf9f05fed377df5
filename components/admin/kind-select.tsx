'use client';

import type { ChangeEvent } from 'react';
import { Field } from '@/components/ui/field';
import { Select, type SelectOption } from '@/components/ui/select';

/**
 * A select whose choice decides which other fields its form shows (what a price entry or an
 * assortment rule applies to). It is uncontrolled, and each choice becomes the options' default too:
 * React resets a form after its action, and a reset returns a select to its default options, which
 * for a controlled select is the first one; the form would then post another kind than it shows.
 */
export function KindSelect<Kind extends string>({
  label,
  name,
  options,
  initial,
  onKindChange,
  errors,
  className,
}: {
  label: string;
  name: string;
  options: ReadonlyArray<SelectOption & { value: Kind }>;
  initial: Kind;
  onKindChange: (kind: Kind) => void;
  errors?: string[];
  className?: string;
}) {
  const change = (event: ChangeEvent<HTMLSelectElement>) => {
    for (const option of event.currentTarget.options) option.defaultSelected = option.selected;
    onKindChange(event.currentTarget.value as Kind);
  };
  return (
    <Field label={label} errors={errors} className={className}>
      <Select name={name} defaultValue={initial} onChange={change} options={options} />
    </Field>
  );
}
