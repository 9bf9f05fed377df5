'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { findCustomersAction } from '@/app/(storefront)/showroom/customer/actions';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { StatusMessage } from '@/components/ui/status-message';
import type { CustomerHit } from '@/lib/customers/showroom-customers.reads';
import { ChooseCustomerButton } from './choose-customer-button';

/**
 * Finds a customer by e-mail, phone or customer number. A server action, not a GET form: what staff type
 * is personal data and stays out of URLs, logs and the tablet's history.
 */
export function CustomerSearch({ autoFocus }: { autoFocus: boolean }) {
  const t = useTranslations('showroomCustomer');
  const [state, action, pending] = useActionState(findCustomersAction, null);
  const found = state?.ok ? state.data : undefined;
  const failed = state && !state.ok ? state : undefined;
  return (
    <section aria-labelledby="find-customer">
      <h2 id="find-customer" className="mb-3 text-xl font-semibold">
        {t('find.title')}
      </h2>
      <form action={action} role="search" aria-labelledby="find-customer" className="flex items-start gap-2" noValidate>
        <Field
          id="customer-query"
          label={t('find.label')}
          hint={t('find.hint')}
          errors={failed?.fieldErrors?.q}
          className="flex-1"
        >
          <Input
            name="q"
            type="search"
            autoComplete="off"
            // Staff open this page to look someone up: the field is ready for typing at once.
            autoFocus={autoFocus}
            defaultValue={found?.query ?? failed?.values?.q}
          />
        </Field>
        <Button type="submit" size="touch" pending={pending} className="mt-6">
          {pending ? t('find.pending') : t('find.submit')}
        </Button>
      </form>
      {/* A refusal that is not about the field (no showroom session any more). */}
      <FormAlert state={failed?.fieldErrors ? null : (failed ?? null)} className="mt-3" />
      <StatusMessage tone="info" plain className="mt-3">
        {found
          ? found.hits.length
            ? t('find.found', { count: found.hits.length })
            : t('find.none', { query: found.query })
          : null}
      </StatusMessage>
      {found && found.hits.length > 0 && <CustomerHits hits={found.hits} />}
    </section>
  );
}

function CustomerHits({ hits }: { hits: CustomerHit[] }) {
  const t = useTranslations('showroomCustomer');
  return (
    <ul aria-label={t('find.results')} className="mt-3 space-y-3" data-testid="customer-hits">
      {hits.map((hit) => (
        <li
          key={hit.profileId}
          className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-gray-300 bg-white p-3"
        >
          <dl className="grid min-w-0 grid-cols-[auto_1fr] gap-x-4">
            <dt className="sr-only">{t('find.name')}</dt>
            <dd className="col-span-2 font-semibold">
              {hit.firstName} {hit.lastName}
            </dd>
            <dt className="text-gray-700">{t('find.number')}</dt>
            <dd>{hit.customerNumber}</dd>
            <dt className="text-gray-700">{t('find.email')}</dt>
            <dd className="break-all">{hit.email}</dd>
            {hit.maskedPhone && (
              <>
                <dt className="text-gray-700">{t('find.phone')}</dt>
                <dd>{hit.maskedPhone}</dd>
              </>
            )}
          </dl>
          <ChooseCustomerButton hit={hit} label={t('find.choose')} />
        </li>
      ))}
    </ul>
  );
}
