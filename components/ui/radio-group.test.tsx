import { describe, expect, it } from 'vitest';
import { render } from '@/lib/testing/static-markup';
import { Checkbox } from './checkbox';
import { CheckboxGroup } from './checkbox-group';
import { RadioGroup } from './radio-group';

const payment = [
  { value: 'card', label: 'Card', description: 'Visa, Mastercard' },
  { value: 'invoice', label: 'Invoice' },
];

describe('RadioGroup', () => {
  it('is a fieldset with its legend and one native radio per option', () => {
    const page = render(
      <RadioGroup id="pay" legend="Payment" name="payment" options={payment} defaultValue="invoice" />,
    );
    expect(page.html).toMatch(/^<fieldset[^>]*><legend[^>]*>Payment<\/legend>/);
    const radios = page.find((tag) => tag.name === 'input');
    expect(radios.map((radio) => [radio.attrs.type, radio.attrs.name, radio.attrs.value])).toEqual([
      ['radio', 'payment', 'card'],
      ['radio', 'payment', 'invoice'],
    ]);
    expect(radios.map((radio) => 'checked' in radio.attrs)).toEqual([false, true]);
    // Each label names its own radio: by `for` where a description sits beside it, else by wrapping it.
    expect(page.find((tag) => tag.name === 'label')[0]?.attrs.for).toBe('pay-0');
    expect(page.html).toMatch(/<label[^>]*><input[^>]*id="pay-1"[^>]*\/><span>Invoice<\/span><\/label>/);
  });

  it('names an option’s description with aria-describedby, not in its label', () => {
    const page = render(<RadioGroup id="pay" legend="Payment" name="payment" options={payment} />);
    expect(page.byId('pay-0').attrs['aria-describedby']).toBe('pay-0-description');
    expect(page.textOf('pay-0-description')).toBe('Visa, Mastercard');
    expect(page.byId('pay-1').attrs).not.toHaveProperty('aria-describedby');
  });

  it('ties hint and errors to the fieldset and marks the radios invalid', () => {
    const page = render(
      <RadioGroup
        id="pay"
        legend="Payment"
        name="payment"
        options={payment}
        hint="Invoice needs an account."
        errors={['Choose how to pay.']}
      />,
    );
    expect(page.one('fieldset').attrs['aria-describedby']).toBe('pay-hint pay-error');
    expect(page.textOf('pay-error')).toBe('Choose how to pay.');
    expect(page.find((tag) => tag.name === 'input').every((radio) => radio.attrs['aria-invalid'] === 'true')).toBe(
      true,
    );
  });

  it('keeps an id an option names itself (CSS :has() selectors rely on it)', () => {
    const page = render(
      <RadioGroup
        legend="Fulfilment"
        name="fulfilment"
        options={[{ value: 'pickup', label: 'Pickup', id: 'f-pickup' }]}
      />,
    );
    expect(page.byId('f-pickup').attrs.value).toBe('pickup');
  });

  it('puts an option’s own classes on an element of their own, so they may hide the row', () => {
    const page = render(
      <RadioGroup
        legend="Payment"
        name="payment"
        options={[{ value: 'cash', label: 'Cash', id: 'cash', className: 'hidden peer-checked:block' }]}
      />,
    );
    const rows = page.find((tag) => tag.name === 'div' && (tag.attrs.class ?? '').includes('hidden'));
    expect(rows.map((row) => (row.attrs.class ?? '').split(' '))).toEqual([expect.not.arrayContaining(['flex'])]);
  });

  it('at touch size gives each label a 44 px tap target, and shows follow-up fields inside the fieldset', () => {
    const page = render(
      <RadioGroup id="pay" legend="Payment" name="payment" options={payment} size="touch" boxed>
        <input id="card-number" />
      </RadioGroup>,
    );
    expect(
      page.find((tag) => tag.name === 'label').every((label) => (label.attrs.class ?? '').includes('min-h-11')),
    ).toBe(true);
    expect(page.html).toMatch(/<input id="card-number"\/><\/fieldset>$/);
    expect(page.one('fieldset').attrs.class).toContain('border');
  });

  it('can be controlled by a client component', () => {
    const radios = render(
      <RadioGroup legend="Size" name="size" options={payment} value="card" onValueChange={() => {}} />,
    ).find((tag) => tag.name === 'input');
    expect(radios.map((radio) => 'checked' in radio.attrs)).toEqual([true, false]);
  });
});

describe('CheckboxGroup', () => {
  it('posts one name per ticked box and ticks the defaults', () => {
    const page = render(
      <CheckboxGroup
        legend="Channels"
        name="channelIds"
        options={[
          { value: 'web', label: 'Web' },
          { value: 'b2b', label: 'B2B' },
        ]}
        defaultValue={['b2b']}
        errors={['Choose at least one channel.']}
        id="ch"
      />,
    );
    const boxes = page.find((tag) => tag.name === 'input');
    expect(boxes.map((box) => [box.attrs.type, box.attrs.name, 'checked' in box.attrs])).toEqual([
      ['checkbox', 'channelIds', false],
      ['checkbox', 'channelIds', true],
    ]);
    expect(page.one('fieldset').attrs['aria-describedby']).toBe('ch-error');
    expect(page.one('legend')).toBeTruthy();
  });
});

describe('Checkbox', () => {
  it('has its own label, description and errors', () => {
    const page = render(
      <Checkbox
        id="terms"
        name="terms"
        label="I accept the terms"
        description="Read them first."
        errors={['Required.']}
      />,
    );
    expect(page.byId('terms').attrs).toMatchObject({
      type: 'checkbox',
      'aria-invalid': 'true',
      'aria-describedby': 'terms-description terms-error',
    });
    expect(page.one('label').attrs.for).toBe('terms');
    expect(page.textOf('terms-error')).toBe('Required.');
  });
});
