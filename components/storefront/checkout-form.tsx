'use client';

// The checkout form works without JavaScript: every section is in the page, and CSS shows the one of
// the checked fulfilment and payment (Tailwind has-* variants on :checked). Fields of hidden sections
// are posted too; the action passes on only those of the chosen options and the server validates them.
import {
  useActionState,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type ReactNode,
  type Ref,
  type SelectHTMLAttributes,
} from 'react';
import { useTranslations } from 'next-intl';
import { placeOrderAction } from '@/app/(storefront)/checkout/actions';
import { FormAlert } from '@/components/ui/form-alert';
import { FormField } from '@/components/ui/form-field';
import type { ActionState } from '@/lib/platform/auth/validated-action';

export type CheckoutStore = {
  id: string;
  label: string;
  /** Option values name the store and the start (app/(storefront)/checkout/pickup-slot-value.ts). */
  days: Array<{ label: string; labelWithStore: string; slots: Array<{ value: string; label: string }> }>;
};

const errorId = (name: string) => `field-${name}-error`;
/** A radio's id; the has-[#…:checked] variants below name these ids literally. */
const radioId = (name: string, value: string) => `field-${name}-${value.replaceAll('_', '-')}`;

const noSubscription = () => () => {};
/** False in the server's HTML and while it hydrates (and so without JavaScript), true once React runs. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={errorId(name)} className="mt-1 text-sm text-red-700">
      {errors.join(' ')}
    </p>
  );
}

/** A labelled select with its hint and errors wired to aria-describedby. */
function SelectField({
  name,
  label,
  errors,
  hint,
  children,
  ...select
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: ReactNode;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = `field-${name}`;
  const describedBy =
    [hint ? `${id}-hint` : null, errors?.length ? errorId(name) : null].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="w-full rounded-md border border-gray-400 bg-white px-3 py-2"
        {...select}
      >
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

function Radio({
  name,
  value,
  label,
  defaultChecked,
  className = 'flex items-start gap-2',
  ref,
}: {
  name: string;
  value: string;
  label: string;
  defaultChecked: boolean;
  className?: string;
  ref?: Ref<HTMLInputElement>;
}) {
  const id = radioId(name, value);
  return (
    <div className={className}>
      <input
        ref={ref}
        type="radio"
        id={id}
        name={name}
        value={value}
        defaultChecked={defaultChecked}
        className="mt-1"
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/**
 * The checkout form, posted to the server action itself so that it submits without JavaScript too.
 * After a refused submit the fields are mounted afresh with what was typed (React resets a form after
 * its action): each new result of the action counts as a new attempt.
 */
export function CheckoutForm(props: {
  idempotencyKey: string;
  email: string;
  signedIn: boolean;
  stores: CheckoutStore[];
}) {
  const [result, action, pending] = useActionState(placeOrderAction, null);
  const [seen, setSeen] = useState({ result, attempt: 0 });
  if (seen.result !== result) setSeen({ result, attempt: seen.attempt + 1 });
  return (
    <form action={action} noValidate className="group/checkout space-y-6" aria-busy={pending}>
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <FormAlert state={result} />
      <CheckoutFields key={seen.attempt} {...props} state={result} pending={pending} />
    </form>
  );
}

function CheckoutFields({
  email,
  signedIn,
  stores,
  state,
  pending,
}: {
  email: string;
  signedIn: boolean;
  stores: CheckoutStore[];
  state: ActionState;
  pending: boolean;
}) {
  const t = useTranslations();
  const values = state && !state.ok ? (state.values ?? {}) : {};
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const hydrated = useHydrated();
  const [storeId, setStoreId] = useState(values.pickupLocationId || stores[0]?.id || '');
  const payAtPickup = useRef<HTMLInputElement>(null);
  // Without JavaScript the pickup times of every store are listed, each day group named with its store,
  // and none is preselected (the first would be another store's time); once React runs, only those of the chosen store.
  const slotDays = (hydrated ? stores.filter((s) => s.id === storeId) : stores).flatMap((s) =>
    s.days.map((day) => ({
      key: `${s.id}:${day.label}`,
      label: hydrated ? day.label : day.labelWithStore,
      slots: day.slots,
    })),
  );
  // Pay at pickup does not go with a delivery: unchecked (and so hidden) when the buyer switches to it.
  const uncheckPayAtPickup = (event: FormEvent<HTMLFieldSetElement>) => {
    const radio = event.target as HTMLInputElement;
    if (radio.name === 'fulfilment' && radio.value === 'delivery' && payAtPickup.current)
      payAtPickup.current.checked = false;
  };

  return (
    <>
      <FormField
        label={t('checkout.email')}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email ?? email}
        hint={t('checkout.emailHint')}
        errors={errors.email}
      />

      <fieldset
        aria-describedby={errors.fulfilment ? errorId('fulfilment') : undefined}
        className="space-y-2"
        onChange={uncheckPayAtPickup}
      >
        <legend className="mb-2 font-semibold">{t('checkout.fulfilment.question')}</legend>
        <Radio
          name="fulfilment"
          value="delivery"
          label={t('checkout.fulfilment.delivery')}
          defaultChecked={values.fulfilment === 'delivery'}
        />
        <Radio
          name="fulfilment"
          value="pickup"
          label={t('checkout.fulfilment.pickup')}
          defaultChecked={values.fulfilment === 'pickup'}
        />
        <Radio
          name="fulfilment"
          value="ship_to_store"
          label={t('checkout.fulfilment.shipToStore')}
          defaultChecked={values.fulfilment === 'ship_to_store'}
        />
        <FieldError name="fulfilment" errors={errors.fulfilment} />
      </fieldset>

      <fieldset className="hidden gap-4 rounded-lg border border-gray-200 p-4 group-has-[#field-fulfilment-delivery:checked]/checkout:grid sm:grid-cols-2">
        <legend className="px-1 font-semibold">{t('checkout.address.title')}</legend>
        <div className="sm:col-span-2">
          <FormField
            label={t('checkout.address.name')}
            name="name"
            autoComplete="name"
            aria-required
            defaultValue={values.name}
            errors={errors.name}
          />
        </div>
        <div className="sm:col-span-2">
          <FormField
            label={t('checkout.address.street')}
            name="street"
            autoComplete="street-address"
            aria-required
            defaultValue={values.street}
            errors={errors.street}
          />
        </div>
        <FormField
          label={t('checkout.address.postalCode')}
          name="postalCode"
          autoComplete="postal-code"
          inputMode="numeric"
          aria-required
          defaultValue={values.postalCode}
          errors={errors.postalCode}
        />
        <FormField
          label={t('checkout.address.city')}
          name="city"
          autoComplete="address-level2"
          aria-required
          defaultValue={values.city}
          errors={errors.city}
        />
        <SelectField
          label={t('checkout.address.country')}
          name="country"
          autoComplete="country"
          defaultValue={values.country ?? 'DE'}
          errors={errors.country}
        >
          <option value="DE">{t('checkout.country.DE')}</option>
          <option value="AT">{t('checkout.country.AT')}</option>
        </SelectField>
      </fieldset>

      <fieldset className="hidden space-y-4 rounded-lg border border-gray-200 p-4 group-has-[#field-fulfilment-pickup:checked]/checkout:block">
        <legend className="px-1 font-semibold">{t('checkout.pickup')}</legend>
        {stores.length === 0 ? (
          <p>{t('checkout.noStores')}</p>
        ) : (
          <>
            <SelectField
              label={t('checkout.store')}
              name="pickupLocationId"
              value={storeId}
              onChange={(e) => setStoreId(e.target.value)}
              errors={errors.pickupLocationId}
            >
              {stores.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </SelectField>
            {slotDays.length === 0 ? (
              <p role="status">{t('checkout.noSlots')}</p>
            ) : (
              <SelectField
                label={t('checkout.slot')}
                name="pickupSlot"
                key={`${storeId}:${values.pickupSlot ?? ''}`}
                defaultValue={values.pickupSlot}
                hint={t('checkout.slotHint')}
                errors={errors.pickupSlot}
              >
                {!hydrated && <option value="">{t('checkout.slotChoose')}</option>}
                {slotDays.map((day) => (
                  <optgroup key={day.key} label={day.label}>
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

      <fieldset className="hidden space-y-4 rounded-lg border border-gray-200 p-4 group-has-[#field-fulfilment-ship-to-store:checked]/checkout:block">
        <legend className="px-1 font-semibold">{t('checkout.shipToStore')}</legend>
        {stores.length === 0 ? (
          <p>{t('checkout.noStores')}</p>
        ) : (
          <SelectField
            label={t('checkout.collectionStore')}
            name="shipToStoreId"
            defaultValue={values.shipToStoreId}
            hint={t('checkout.shipToStoreHint')}
            errors={errors.shipToStoreId}
          >
            {stores.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </SelectField>
        )}
      </fieldset>

      <fieldset aria-describedby={errors.paymentMethod ? errorId('paymentMethod') : undefined} className="space-y-2">
        <legend className="mb-2 font-semibold">{t('checkout.payment.title')}</legend>
        {/* Offered when collecting; a checked one stays in sight so that the refusal of it with a delivery can be undone. */}
        <Radio
          ref={payAtPickup}
          name="paymentMethod"
          value="pay_at_pickup"
          label={t('checkout.payment.payAtPickup')}
          defaultChecked={values.paymentMethod === 'pay_at_pickup'}
          className="hidden items-start gap-2 group-has-[#field-fulfilment-pickup:checked]/checkout:flex group-has-[#field-fulfilment-ship-to-store:checked]/checkout:flex has-[:checked]:flex"
        />
        {signedIn && (
          <Radio
            name="paymentMethod"
            value="invoice"
            label={t('checkout.payment.invoice')}
            defaultChecked={values.paymentMethod === 'invoice'}
          />
        )}
        <Radio
          name="paymentMethod"
          value="test_card"
          label={t('checkout.payment.testCard')}
          defaultChecked={values.paymentMethod === 'test_card'}
        />
        <FieldError name="paymentMethod" errors={errors.paymentMethod} />
        <div className="hidden pt-2 group-has-[#field-paymentMethod-test-card:checked]/checkout:block">
          <FormField
            label={t('checkout.cardNumber')}
            name="cardNumber"
            autoComplete="cc-number"
            inputMode="numeric"
            aria-required
            defaultValue={values.cardNumber}
            hint={t('checkout.cardHint')}
            errors={errors.cardNumber}
          />
        </div>
      </fieldset>

      <p className="text-sm text-gray-700">{t('checkout.legal')}</p>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand-700 px-5 py-2.5 font-medium text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? t('checkout.submitting') : t('checkout.submit')}
      </button>
    </>
  );
}
