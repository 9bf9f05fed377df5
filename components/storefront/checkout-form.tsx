'use client';

// The checkout form works without JavaScript: every section is in the page, and CSS shows the one of
// the checked fulfilment and payment (Tailwind has-* variants on :checked). Fields of hidden sections
// are posted too; the action passes on only those of the chosen options and the server validates them.
import {
  useActionState,
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
  type ReactNode,
} from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { placeOrderAction, type CheckoutAlternative } from '@/app/(storefront)/checkout/actions';
import { setLineQuantityAction } from '@/app/(storefront)/cart/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Fieldset } from '@/components/ui/fieldset';
import { FormAlert } from '@/components/ui/form-alert';
import { StatusMessage } from '@/components/ui/status-message';
import { Input } from '@/components/ui/input';
import { RadioGroup } from '@/components/ui/radio-group';
import { Select } from '@/components/ui/select';
import type { ActionState } from '@/lib/platform/auth/validated-action';

export type CheckoutStore = {
  id: string;
  label: string;
  /** When the cart comes from the warehouse (pickup from the arrival day) or cannot be collected here. */
  note: string | null;
  /** Option values name the store and the start (app/(storefront)/checkout/pickup-slot-value.ts). */
  days: Array<{ label: string; labelWithStore: string; slots: Array<{ value: string; label: string }> }>;
};

export type Fulfilment = 'delivery' | 'pickup' | 'ship_to_store';

/** What was typed and what was refused, from the last result of the action. */
type Entered = { values: Record<string, string>; errors: Record<string, string[] | undefined> };
type CheckoutState = ActionState<CheckoutAlternative[]>;

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

/** Pay at pickup does not go with a delivery: unchecked (and so hidden) when the buyer switches to it. */
function uncheckPayAtPickup(event: FormEvent<HTMLFormElement>) {
  const radio = event.target as HTMLInputElement;
  if (radio.name !== 'fulfilment' || radio.value !== 'delivery') return;
  const payAtPickup = event.currentTarget.querySelector<HTMLInputElement>(
    `#${radioId('paymentMethod', 'pay_at_pickup')}`,
  );
  if (payAtPickup) payAtPickup.checked = false;
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
  /** Staff sell in a store (showroom): paid at the store's terminal instead of by card. */
  assisted?: boolean;
  stores: CheckoutStore[];
  /** What shipping costs by each method, worded ("Shipping: €4.95"). */
  shipping: Record<Fulfilment, string>;
}) {
  const t = useTranslations('checkout');
  const router = useRouter();
  const [result, action, pending] = useActionState(placeOrderAction, null);
  const [seen, setSeen] = useState({ result, attempt: 0 });
  // A choice taken from the alternatives: the fields as they were, with the choice applied.
  const [chosen, setChosen] = useState<{ values: Record<string, string>; note: string } | null>(null);
  const [changing, setChanging] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const alert = useRef<HTMLDivElement>(null);
  if (seen.result !== result) {
    setSeen({ result, attempt: seen.attempt + 1 });
    setChosen(null);
  }
  // A refusal is read out and shown where the buyer is: focus moves to it (it may be far above).
  useEffect(() => {
    if (result && !result.ok) alert.current?.focus();
  }, [result]);

  const typed = (): Record<string, string> => {
    const values: Record<string, string> = {};
    if (form.current)
      for (const [name, value] of new FormData(form.current)) if (typeof value === 'string') values[name] = value;
    return values;
  };
  async function choose(alternative: CheckoutAlternative) {
    const values = typed();
    if (alternative.kind === 'quantity') {
      const data = new FormData();
      data.set('lineId', alternative.lineId);
      data.set('quantity', String(alternative.quantity));
      setChanging(true);
      await setLineQuantityAction(null, data);
      setChanging(false);
      router.refresh();
    } else if (alternative.kind === 'store') {
      Object.assign(values, { fulfilment: 'pickup', pickupLocationId: alternative.storeId, pickupSlot: '' });
    } else {
      Object.assign(values, { fulfilment: 'delivery', pickupSlot: '' });
      if (values.paymentMethod === 'pay_at_pickup') delete values.paymentMethod;
    }
    setChosen({ values, note: alternative.kind === 'quantity' ? t('alternatives.quantityDone') : alternative.label });
    setSeen((s) => ({ ...s, attempt: s.attempt + 1 }));
  }

  const alternatives = result && !result.ok && !chosen ? result.data : undefined;
  const state: CheckoutState = chosen ? { ok: false, values: chosen.values } : result;
  return (
    <form
      ref={form}
      action={action}
      noValidate
      onChange={uncheckPayAtPickup}
      className="group/checkout space-y-6"
      aria-busy={pending || changing}
    >
      <input type="hidden" name="idempotencyKey" value={props.idempotencyKey} />
      <div ref={alert} tabIndex={-1} className="space-y-3 focus:outline-none" data-testid="checkout-alert">
        <FormAlert state={chosen ? null : result} />
        {chosen && <StatusMessage tone="info">{chosen.note}</StatusMessage>}
        {alternatives && <Alternatives alternatives={alternatives} onChoose={choose} disabled={pending || changing} />}
      </div>
      <CheckoutFields key={seen.attempt} {...props} state={state} pending={pending} />
    </form>
  );
}

/** What the buyer can do instead after a stock refusal: each a button that applies it to the form. */
function Alternatives({
  alternatives,
  onChoose,
  disabled,
}: {
  alternatives: CheckoutAlternative[];
  onChoose: (alternative: CheckoutAlternative) => void;
  disabled: boolean;
}) {
  const t = useTranslations('checkout.alternatives');
  return (
    <section aria-labelledby="checkout-alternatives" className="rounded-md border border-gray-300 p-3">
      <h2 id="checkout-alternatives" className="text-sm font-semibold">
        {t('title')}
      </h2>
      {alternatives.length === 0 ? (
        <p className="mt-1 text-sm">{t('none')}</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          {alternatives.map((a) => (
            <li key={`${a.kind}:${a.kind === 'store' ? a.storeId : a.kind === 'quantity' ? a.lineId : ''}`}>
              <Button type="button" variant="secondary" size="touch" disabled={disabled} onClick={() => onChoose(a)}>
                {a.label}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function CheckoutFields({
  email,
  signedIn,
  assisted = false,
  stores,
  shipping,
  state,
  pending,
}: {
  email: string;
  signedIn: boolean;
  assisted?: boolean;
  stores: CheckoutStore[];
  shipping: Record<Fulfilment, string>;
  state: CheckoutState;
  pending: boolean;
}) {
  const t = useTranslations('checkout');
  const entered: Entered = {
    values: state && !state.ok ? (state.values ?? {}) : {},
    errors: state && !state.ok ? (state.fieldErrors ?? {}) : {},
  };
  return (
    <>
      <Field id="field-email" label={t('email')} hint={t('emailHint')} errors={entered.errors.email}>
        <Input name="email" type="email" autoComplete="email" required defaultValue={entered.values.email ?? email} />
      </Field>
      <FulfilmentChoice shipping={shipping} {...entered} />
      <DeliveryAddress {...entered} />
      <PickupSection stores={stores} {...entered} />
      <PaymentChoice signedIn={signedIn} assisted={assisted} {...entered} />
      <p className="text-sm text-gray-700" id="checkout-legal">
        {t.rich('legal', {
          terms: legalLink('terms'),
          withdrawal: legalLink('withdrawal'),
          privacy: legalLink('privacy'),
        })}
      </p>
      <Button type="submit" size="lg" pending={pending}>
        {pending ? t('submitting') : t('submit')}
      </Button>
    </>
  );
}

/** A link to a legal page in a new tab, so that what was typed here stays. */
function legalLink(slug: 'terms' | 'withdrawal' | 'privacy') {
  function LegalLink(chunks: ReactNode) {
    return <NewTabLink href={`/pages/${slug}`}>{chunks}</NewTabLink>;
  }
  return LegalLink;
}

function NewTabLink({ href, children }: { href: string; children: ReactNode }) {
  const t = useTranslations('checkout');
  return (
    <a href={href} target="_blank" rel="noopener" className="font-medium underline">
      {children}
      <span className="sr-only"> {t('opensInNewTab')}</span>
    </a>
  );
}

function FulfilmentChoice({ values, errors, shipping }: Entered & { shipping: Record<Fulfilment, string> }) {
  const t = useTranslations('checkout.fulfilment');
  return (
    <RadioGroup
      id="field-fulfilment"
      legend={t('question')}
      name="fulfilment"
      boxed
      size="touch"
      defaultValue={values.fulfilment}
      errors={errors.fulfilment}
      options={[
        {
          value: 'delivery',
          label: t('delivery'),
          description: shipping.delivery,
          id: radioId('fulfilment', 'delivery'),
        },
        { value: 'pickup', label: t('pickup'), description: shipping.pickup, id: radioId('fulfilment', 'pickup') },
      ]}
    />
  );
}

function DeliveryAddress({ values, errors }: Entered) {
  const t = useTranslations('checkout');
  return (
    <Fieldset
      legend={t('address.title')}
      boxed
      className="hidden gap-4 group-has-[#field-fulfilment-delivery:checked]/checkout:grid sm:grid-cols-2"
    >
      <Field id="field-name" label={t('address.name')} errors={errors.name} className="sm:col-span-2">
        <Input name="name" autoComplete="name" aria-required defaultValue={values.name} />
      </Field>
      <Field id="field-street" label={t('address.street')} errors={errors.street} className="sm:col-span-2">
        <Input name="street" autoComplete="street-address" aria-required defaultValue={values.street} />
      </Field>
      <Field id="field-postalCode" label={t('address.postalCode')} errors={errors.postalCode}>
        <Input
          name="postalCode"
          autoComplete="postal-code"
          inputMode="numeric"
          aria-required
          defaultValue={values.postalCode}
        />
      </Field>
      <Field id="field-city" label={t('address.city')} errors={errors.city}>
        <Input name="city" autoComplete="address-level2" aria-required defaultValue={values.city} />
      </Field>
      <Field id="field-country" label={t('address.country')} errors={errors.country}>
        <Select
          name="country"
          autoComplete="country"
          defaultValue={values.country ?? 'DE'}
          options={[
            { value: 'DE', label: t('country.DE') },
            { value: 'AT', label: t('country.AT') },
          ]}
        />
      </Field>
    </Fieldset>
  );
}

function PickupSection({ stores, values, errors }: Entered & { stores: CheckoutStore[] }) {
  const t = useTranslations('checkout');
  const hydrated = useHydrated();
  const [storeId, setStoreId] = useState(values.pickupLocationId || stores[0]?.id || '');
  // Without JavaScript no store is chosen yet for the notes; each store's note is in its option's label.
  const chosenStore = hydrated ? stores.find((s) => s.id === storeId) : undefined;
  // Without JavaScript the pickup times of every store are listed, each day group named with its store,
  // and none is preselected (the first would be another store's time); once React runs, only those of the chosen store.
  const slotDays = (hydrated ? stores.filter((s) => s.id === storeId) : stores).flatMap((s) =>
    s.days.map((day) => ({ ...day, key: `${s.id}:${day.label}`, label: hydrated ? day.label : day.labelWithStore })),
  );
  return (
    <Fieldset
      legend={t('pickup')}
      boxed
      className="hidden space-y-4 group-has-[#field-fulfilment-pickup:checked]/checkout:block"
    >
      {stores.length === 0 ? (
        <p>{t('noStores')}</p>
      ) : (
        <>
          <Field
            id="field-pickupLocationId"
            label={t('store')}
            hint={chosenStore?.note ?? (slotDays.length === 0 ? t('noSlots') : undefined)}
            errors={errors.pickupLocationId}
          >
            <Select
              name="pickupLocationId"
              value={storeId}
              onChange={(event) => setStoreId(event.target.value)}
              options={stores.map((s) => ({ value: s.id, label: s.label }))}
            />
          </Field>
          {slotDays.length > 0 && (
            <Field
              key={`${storeId}:${values.pickupSlot ?? ''}`}
              id="field-pickupSlot"
              label={t('slot')}
              hint={t('slotHint')}
              errors={errors.pickupSlot}
            >
              <Select
                name="pickupSlot"
                defaultValue={values.pickupSlot}
                placeholder={hydrated ? undefined : t('slotChoose')}
              >
                {slotDays.map((day) => (
                  <optgroup key={day.key} label={day.label}>
                    {day.slots.map((slot) => (
                      <option key={slot.value} value={slot.value}>
                        {slot.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </Select>
            </Field>
          )}
        </>
      )}
    </Fieldset>
  );
}

function PaymentChoice({ signedIn, assisted, values, errors }: Entered & { signedIn: boolean; assisted: boolean }) {
  const t = useTranslations('checkout');
  const option = (value: string, label: string) => ({ value, label, id: radioId('paymentMethod', value) });
  return (
    <RadioGroup
      id="field-paymentMethod"
      legend={t('payment.title')}
      name="paymentMethod"
      boxed
      size="touch"
      defaultValue={values.paymentMethod}
      errors={errors.paymentMethod}
      options={[
        // Offered when collecting; a checked one stays in sight so that the refusal of it with a delivery can be undone.
        {
          ...option('pay_at_pickup', t('payment.payAtPickup')),
          className: 'hidden group-has-[#field-fulfilment-pickup:checked]/checkout:block has-[:checked]:block',
        },
        ...(signedIn ? [option('invoice', t('payment.invoice'))] : []),
        assisted ? option('terminal', t('payment.terminal')) : option('test_card', t('payment.testCard')),
      ]}
    >
      {assisted && (
        <Field
          id="field-paymentReference"
          label={t('terminalReference')}
          hint={t('terminalReferenceHint')}
          errors={errors.paymentReference}
          className="hidden pt-2 group-has-[#field-paymentMethod-terminal:checked]/checkout:block"
        >
          <Input name="paymentReference" autoComplete="off" aria-required defaultValue={values.paymentReference} />
        </Field>
      )}
      <Field
        id="field-cardNumber"
        label={t('cardNumber')}
        hint={t('cardHint')}
        errors={errors.cardNumber}
        className="hidden pt-2 group-has-[#field-paymentMethod-test-card:checked]/checkout:block"
      >
        <Input
          name="cardNumber"
          autoComplete="cc-number"
          inputMode="numeric"
          aria-required
          defaultValue={values.cardNumber}
        />
      </Field>
    </RadioGroup>
  );
}
