'use client';

import { useActionState, useState, type ReactNode, type SelectHTMLAttributes } from 'react';
import { placeOrderAction } from '@/app/(storefront)/checkout/actions';
import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import type { ActionState } from '@/lib/auth/validated-action';

export type CheckoutStore = {
  id: string;
  label: string;
  days: Array<{ label: string; slots: Array<{ value: string; label: string }> }>;
};

export type CheckoutLabels = Record<
  | 'email' | 'emailHint' | 'fulfilment' | 'delivery' | 'pickup' | 'shipToStore' | 'address' | 'name' | 'street' | 'postalCode' | 'city' | 'country'
  | 'countryDE' | 'countryAT' | 'pickupLegend' | 'store' | 'slot' | 'slotHint' | 'noSlots' | 'noStores' | 'shipToStoreLegend' | 'shipToStoreHint'
  | 'payment' | 'payAtPickup' | 'invoice' | 'testCard' | 'cardNumber' | 'cardHint' | 'submit' | 'submitting' | 'legal',
  string
>;

type Fulfilment = 'delivery' | 'pickup' | 'ship_to_store';
type Attempt = { result: ActionState; attempt: number };

const errorId = (name: string) => `field-${name}-error`;

function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={errorId(name)} className="mt-1 text-sm text-red-700">
      {errors.join(' ')}
    </p>
  );
}

/** A labelled select with its hint and errors wired to aria-describedby. */
function SelectField({ name, label, errors, hint, children, ...select }: { name: string; label: string; errors?: string[]; hint?: string; children: ReactNode } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? errorId(name) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} className="w-full rounded-md border border-gray-400 bg-white px-3 py-2" {...select}>
        {children}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-gray-600">
          {hint}
        </p>
      )}
      <FieldError name={name} errors={errors} />
    </div>
  );
}

function Radio({ name, value, label, checked, onChange }: { name: string; value: string; label: string; checked: boolean; onChange: (value: string) => void }) {
  const id = `field-${name}-${value}`;
  return (
    <div className="flex items-start gap-2">
      <input type="radio" id={id} name={name} value={value} checked={checked} onChange={() => onChange(value)} className="mt-1" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * The checkout form. After a refused submit it is mounted afresh (keyed by attempt) with what was
 * typed, because React resets a form after its action.
 */
export function CheckoutForm(props: { idempotencyKey: string; email: string; signedIn: boolean; stores: CheckoutStore[]; labels: CheckoutLabels }) {
  const [{ result, attempt }, action, pending] = useActionState<Attempt, FormData>(async (previous, formData) => ({ result: await placeOrderAction(previous.result, formData), attempt: previous.attempt + 1 }), { result: null, attempt: 0 });
  return (
    <form action={action} noValidate className="space-y-6" aria-busy={pending}>
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <FormAlert state={result} />
      <CheckoutFields key={attempt} {...props} state={result} pending={pending} />
    </form>
  );
}

function CheckoutFields({ email, signedIn, stores, labels, state, pending }: { email: string; signedIn: boolean; stores: CheckoutStore[]; labels: CheckoutLabels; state: ActionState; pending: boolean }) {
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const [fulfilment, setFulfilment] = useState<Fulfilment | ''>((values.fulfilment as Fulfilment | undefined) ?? '');
  const [payment, setPayment] = useState(values.paymentMethod ?? '');
  const [storeId, setStoreId] = useState(values.pickupLocationId || stores[0]?.id || '');
  const store = stores.find((s) => s.id === storeId);
  const collects = fulfilment === 'pickup' || fulfilment === 'ship_to_store';
  const chooseFulfilment = (value: string) => {
    setFulfilment(value as Fulfilment);
    if (value === 'delivery' && payment === 'pay_at_pickup') setPayment('');
  };

  return (
    <>
      <FormField label={labels.email} name="email" type="email" autoComplete="email" required defaultValue={values.email ?? email} hint={labels.emailHint} errors={errors.email} />

      <fieldset aria-describedby={errors.fulfilment ? errorId('fulfilment') : undefined} className="space-y-2">
        <legend className="mb-2 font-semibold">{labels.fulfilment}</legend>
        <Radio name="fulfilment" value="delivery" label={labels.delivery} checked={fulfilment === 'delivery'} onChange={chooseFulfilment} />
        <Radio name="fulfilment" value="pickup" label={labels.pickup} checked={fulfilment === 'pickup'} onChange={chooseFulfilment} />
        <Radio name="fulfilment" value="ship_to_store" label={labels.shipToStore} checked={fulfilment === 'ship_to_store'} onChange={chooseFulfilment} />
        <FieldError name="fulfilment" errors={errors.fulfilment} />
      </fieldset>

      {fulfilment === 'delivery' && (
        <fieldset className="grid gap-4 rounded-lg border border-gray-200 p-4 sm:grid-cols-2">
          <legend className="px-1 font-semibold">{labels.address}</legend>
          <div className="sm:col-span-2">
            <FormField label={labels.name} name="name" autoComplete="name" required defaultValue={values.name} errors={errors.name} />
          </div>
          <div className="sm:col-span-2">
            <FormField label={labels.street} name="street" autoComplete="street-address" required defaultValue={values.street} errors={errors.street} />
          </div>
          <FormField label={labels.postalCode} name="postalCode" autoComplete="postal-code" inputMode="numeric" required defaultValue={values.postalCode} errors={errors.postalCode} />
          <FormField label={labels.city} name="city" autoComplete="address-level2" required defaultValue={values.city} errors={errors.city} />
          <SelectField label={labels.country} name="country" autoComplete="country" key={values.country ?? 'DE'} defaultValue={values.country ?? 'DE'} errors={errors.country}>
            <option value="DE">{labels.countryDE}</option>
            <option value="AT">{labels.countryAT}</option>
          </SelectField>
        </fieldset>
      )}

      {fulfilment === 'pickup' && (
        <fieldset className="space-y-4 rounded-lg border border-gray-200 p-4">
          <legend className="px-1 font-semibold">{labels.pickupLegend}</legend>
          {stores.length === 0 ? (
            <p>{labels.noStores}</p>
          ) : (
            <>
              <SelectField label={labels.store} name="pickupLocationId" value={storeId} onChange={(e) => setStoreId(e.target.value)} errors={errors.pickupLocationId}>
                {stores.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.label}
                  </option>
                ))}
              </SelectField>
              {store && store.days.length === 0 ? (
                <p role="status">{labels.noSlots}</p>
              ) : (
                <SelectField label={labels.slot} name="pickupSlotStart" key={`${storeId}:${values.pickupSlotStart ?? ''}`} defaultValue={values.pickupSlotStart} hint={labels.slotHint} errors={errors.pickupSlotStart}>
                  {store?.days.map((day) => (
                    <optgroup key={day.label} label={day.label}>
                      {day.slots.map((slot) => (
                        <option key={slot.value} value={slot.value}>
                          {slot.label}
                        </option>
                      ))}
                    </optgroup>
                  ))}
                </SelectField>
              )}
            </>
          )}
        </fieldset>
      )}

      {fulfilment === 'ship_to_store' && (
        <fieldset className="space-y-4 rounded-lg border border-gray-200 p-4">
          <legend className="px-1 font-semibold">{labels.shipToStoreLegend}</legend>
          {stores.length === 0 ? (
            <p>{labels.noStores}</p>
          ) : (
            <SelectField label={labels.store} name="shipToStoreId" key={values.shipToStoreId ?? ''} defaultValue={values.shipToStoreId} hint={labels.shipToStoreHint} errors={errors.shipToStoreId}>
              {stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </SelectField>
          )}
        </fieldset>
      )}

      <fieldset aria-describedby={errors.paymentMethod ? errorId('paymentMethod') : undefined} className="space-y-2">
        <legend className="mb-2 font-semibold">{labels.payment}</legend>
        {collects && <Radio name="paymentMethod" value="pay_at_pickup" label={labels.payAtPickup} checked={payment === 'pay_at_pickup'} onChange={setPayment} />}
        {signedIn && <Radio name="paymentMethod" value="invoice" label={labels.invoice} checked={payment === 'invoice'} onChange={setPayment} />}
        <Radio name="paymentMethod" value="test_card" label={labels.testCard} checked={payment === 'test_card'} onChange={setPayment} />
        <FieldError name="paymentMethod" errors={errors.paymentMethod} />
        {payment === 'test_card' && (
          <div className="pt-2">
            <FormField label={labels.cardNumber} name="cardNumber" autoComplete="cc-number" inputMode="numeric" required defaultValue={values.cardNumber} hint={labels.cardHint} errors={errors.cardNumber} />
          </div>
        )}
      </fieldset>

      <p className="text-sm text-gray-700">{labels.legal}</p>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? labels.submitting : labels.submit}
      </button>
    </>
  );
}
