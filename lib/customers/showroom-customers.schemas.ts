// Inputs of the customer in context (docs/showroom.md): the search, the choice of a profile and a
// customer created on the spot with the consent choices they give.
import { z } from 'zod';
import { email } from '@/lib/platform/auth/auth.schemas';
import { fieldMessage } from '@/lib/platform/errors';
import { isPlausiblePhone, parseCustomerQuery } from './customer-lookup.rules';

/** The consent purposes a customer chooses, in the order the form and the profile show them. */
export const CONSENT_PURPOSES = ['marketing_email', 'marketing_sms', 'marketing_phone'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** An e-mail, a customer number or a phone number (customer-lookup.rules.ts); anything else is refused. */
export const findCustomersInput = z.object({
  q: z
    .string(fieldMessage('customer_query'))
    .trim()
    .max(200, fieldMessage('customer_query'))
    .refine((q) => parseCustomerQuery(q) !== null, fieldMessage('customer_query')),
});

export const chooseCustomerInput = z.object({ profileId: z.uuid(fieldMessage('unknown_customer')) });

/** A ticked box posts `on`; an unticked one posts nothing: no consent. */
const checkbox = z.preprocess((v) => v === 'on' || v === 'true', z.boolean());

export const createShowroomCustomerInput = z
  .object({
    firstName: z.string(fieldMessage('first_name_required')).trim().min(1, fieldMessage('first_name_required')).max(80),
    lastName: z.string(fieldMessage('last_name_required')).trim().min(1, fieldMessage('last_name_required')).max(80),
    email,
    phone: z
      .string()
      .trim()
      .max(40, fieldMessage('phone'))
      .optional()
      .transform((value) => value || null)
      .refine((value) => value === null || isPlausiblePhone(value), fieldMessage('phone')),
    marketing_email: checkbox,
    marketing_sms: checkbox,
    marketing_phone: checkbox,
  })
  .refine((input) => input.phone !== null || !(input.marketing_sms || input.marketing_phone), {
    path: ['phone'],
    message: fieldMessage('phone_for_consent'),
  });
export type CreateShowroomCustomerInput = z.output<typeof createShowroomCustomerInput>;
