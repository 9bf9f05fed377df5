import { describe, expect, it } from 'vitest';
import { render } from '@/lib/testing/static-markup';
import { Field } from './field';
import { FormField } from './form-field';
import { Input } from './input';
import { Select } from './select';
import { Textarea } from './textarea';

describe('Field', () => {
  it('gives its control the id, the hint and error ids and aria-invalid', () => {
    const page = render(
      <Field id="email" label="Email" hint="We send the receipt here." errors={['Enter an email.', 'Too long.']}>
        <Input name="email" />
      </Field>,
    );
    expect(page.one('label').attrs.for).toBe('email');
    expect(page.one('input').attrs).toMatchObject({
      id: 'email',
      name: 'email',
      'aria-describedby': 'email-hint email-error',
      'aria-invalid': 'true',
    });
    expect(page.textOf('email-hint')).toBe('We send the receipt here.');
    expect(page.textOf('email-error')).toBe('Enter an email. Too long.');
  });

  it('names only what is there and is not invalid without errors', () => {
    const hinted = render(
      <Field id="q" label="Search" hint="Name or SKU">
        <Input />
      </Field>,
    ).one('input').attrs;
    expect(hinted['aria-describedby']).toBe('q-hint');
    expect(hinted).not.toHaveProperty('aria-invalid');
    const bare = render(
      <Field id="q" label="Search" errors={[]}>
        <Input />
      </Field>,
    );
    expect(bare.one('input').attrs).not.toHaveProperty('aria-describedby');
    expect(bare.find((tag) => tag.attrs.id === 'q-error')).toHaveLength(0);
  });

  it('generates an id the label and control share when none is given', () => {
    const page = render(
      <Field label="Notes">
        <Textarea name="notes" />
      </Field>,
    );
    const id = page.one('textarea').attrs.id;
    expect(id).toBeTruthy();
    expect(page.one('label').attrs.for).toBe(id);
  });

  it('keeps a describedby the control already has, after its own', () => {
    const select = render(
      <Field id="store" label="Store" errors={['Choose a store.']}>
        <Select aria-describedby="store-hours" options={[{ value: 'BER', label: 'Berlin' }]} />
      </Field>,
    ).one('select').attrs;
    expect(select['aria-describedby']).toBe('store-error store-hours');
  });

  it('hands the wiring to a render function for any other control', () => {
    const page = render(
      <Field id="qty" label="Quantity" errors={['At least 1.']}>
        {(control) => <output {...control}>3</output>}
      </Field>,
    );
    expect(page.one('output').attrs).toMatchObject({
      id: 'qty',
      'aria-describedby': 'qty-error',
      'aria-invalid': 'true',
    });
  });

  it('can hide its label visually and keep it for screen readers', () => {
    const label = render(
      <Field label="Search products" hideLabel>
        <Input type="search" />
      </Field>,
    ).one('label').attrs;
    expect(label.class).toBe('sr-only');
  });
});

describe('FormField', () => {
  it('keeps the field-<name> ids existing pages and tests use', () => {
    const page = render(
      <FormField label="Name" name="name" hint="As on the invoice" errors={['Required.']} required />,
    );
    expect(page.one('input').attrs).toMatchObject({
      id: 'field-name',
      name: 'name',
      required: '',
      'aria-describedby': 'field-name-hint field-name-error',
      'aria-invalid': 'true',
    });
    expect(page.textOf('field-name-error')).toBe('Required.');
  });
});

describe('Select', () => {
  it('puts the placeholder first with the empty value, then the options', () => {
    const options = render(
      <Select
        placeholder="Choose a store"
        options={[
          { value: 'BER', label: 'Berlin' },
          { value: 'HAM', label: 'Hamburg', disabled: true },
        ]}
      />,
    ).find((tag) => tag.name === 'option');
    expect(options.map((option) => option.attrs.value)).toEqual(['', 'BER', 'HAM']);
    expect(options[2]!.attrs).toHaveProperty('disabled');
  });
});
