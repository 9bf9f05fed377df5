'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { createCustomerAction } from '@/app/(storefront)/showroom/customer/actions';
import { Button } from '@/components/ui/button';
import { Choice } from '@/components/ui/choice';
import { Field } from '@/components/ui/field';
import { Fieldset } from '@/components/ui/fieldset';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { CONSENT_PURPOSES } from '@/lib/customers/showroom-customers.schemas';
import { ChooseCustomerButton } from './choose-customer-button';

/**
 * Creates a customer on the spot with the consent choices they give (all unticked until they agree). An
 * address that already has a profile is refused and that customer offered instead.
 */
export function CustomerCreateForm() {
  const t = useTranslations('showroomCustomer');
  const [state, action, pending] = useActionState(createCustomerAction, null);
  const failed = state && !state.ok ? state : undefined;
  const existing = failed?.data?.existing;
  const text = (name: string) => failed?.values?.[name];
  return (
    <section aria-labelledby="create-customer">
      <h2 id="create-customer" className="mb-3 text-xl font-semibold">
        {t('create.title')}
      </h2>
      {existing && (
        <div className="mb-4 rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="existing-customer">
          <p className="mb-2">
            {t('create.exists', {
              name: `${existing.firstName} ${existing.lastName}`.trim(),
              number: String(existing.customerNumber),
            })}
          </p>
          <ChooseCustomerButton
            hit={existing}
            label={t('create.chooseExisting', { name: `${existing.firstName} ${existing.lastName}`.trim() })}
          />
        </div>
      )}
      <form action={action} className="space-y-4" noValidate>
        <FormAlert state={existing ? null : state} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="customer-first-name" label={t('create.firstName')} errors={failed?.fieldErrors?.firstName}>
            <Input name="firstName" autoComplete="off" required defaultValue={text('firstName')} />
          </Field>
          <Field id="customer-last-name" label={t('create.lastName')} errors={failed?.fieldErrors?.lastName}>
            <Input name="lastName" autoComplete="off" required defaultValue={text('lastName')} />
          </Field>
        </div>
        <Field id="customer-email" label={t('create.email')} errors={failed?.fieldErrors?.email}>
          <Input name="email" type="email" autoComplete="off" required defaultValue={text('email')} />
        </Field>
        <Field id="customer-phone" label={t('create.phone')} errors={failed?.fieldErrors?.phone}>
          <Input name="phone" type="tel" autoComplete="off" defaultValue={text('phone')} />
        </Field>
        <Fieldset legend={t('create.consent')} hint={t('create.consentHint')} id="customer-consent-choices">
          {CONSENT_PURPOSES.map((purpose) => (
            <Choice
              key={purpose}
              type="checkbox"
              size="touch"
              id={`consent-${purpose}`}
              name={purpose}
              label={t(`purpose.${purpose}`)}
              defaultChecked={failed?.choices?.[purpose]?.includes('on') ?? false}
            />
          ))}
        </Fieldset>
        <Button type="submit" size="touch" pending={pending}>
          {pending ? t('create.pending') : t('create.submit')}
        </Button>
      </form>
    </section>
  );
}
