// The edge: typed errors and zod issues become text in one language, from the `errors` namespace of the
// message catalogues. Actions use the visitor's language, the API English.
import type { z } from 'zod';
import { catalogues, translatorFor } from '@/lib/platform/i18n/messages';
import type { ParamValue } from './error-codes';
import { AppError, type FieldErrors, type FieldIssue, type FieldMessage } from './errors';

/** A translator over the whole catalogue (next-intl's getTranslations() or translatorFor(locale)). */
export type Translate = (key: string, values?: Record<string, ParamValue>) => string;

/** Parse options for input whose issues are turned into field messages: `input` tells a missing field apart. */
export const ISSUE_PARSE_OPTIONS = { reportInput: true } as const;

const FIELD_MESSAGES = catalogues.en.errors.field;
const isFieldMessage = (message: string): message is FieldMessage =>
  message.startsWith('field.') && Object.hasOwn(FIELD_MESSAGES, message.slice('field.'.length));

const asNumber = (value: unknown): number => Number(value);

/** One zod issue as a field message: the key a schema names, else a generic one for zod's issue code. */
export function fieldIssueOf(issue: z.core.$ZodIssue): FieldIssue {
  // A limit's message may say it (`Use at least {minimum} characters.`), per kind of input.
  const limits = {
    ...('minimum' in issue ? { minimum: asNumber(issue.minimum) } : {}),
    ...('maximum' in issue ? { maximum: asNumber(issue.maximum) } : {}),
    ...('origin' in issue && typeof issue.origin === 'string' ? { origin: issue.origin } : {}),
  };
  if (isFieldMessage(issue.message))
    return { code: issue.message, ...(Object.keys(limits).length ? { params: limits } : {}) };
  switch (issue.code) {
    case 'invalid_type':
      return 'input' in issue && issue.input === undefined
        ? { code: 'field.required' }
        : { code: 'field.type', params: { expected: issue.expected } };
    case 'too_small':
      return issue.origin === 'string' && asNumber(issue.minimum) === 1
        ? { code: 'field.required' }
        : { code: 'field.too_small', params: limits };
    case 'too_big':
      return { code: 'field.too_big', params: limits };
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'field.email' : 'field.format' };
    case 'invalid_value':
      return { code: 'field.option' };
    case 'unrecognized_keys':
      return { code: 'field.unknown_keys', params: { keys: issue.keys.join(', ') } };
    default:
      return { code: 'field.invalid' };
  }
}

/** A ZodError's issues per field (`a.b.c`; `_` for the whole input). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) (errors[issue.path.join('.') || '_'] ??= []).push(fieldIssueOf(issue));
  return errors;
}

/** A ZodError as the typed error `request.invalid` (400) with its field errors. */
export const invalidRequest = (error: z.ZodError) =>
  new AppError('request.invalid', { fieldErrors: fieldErrorsOf(error) });

export function issueText(t: Translate, issue: FieldIssue): string {
  const text = t(`errors.${issue.code}`, issue.params);
  if (!issue.at) return text;
  return t('errors.field.csv_line', { line: issue.at.line, column: issue.at.column ?? 'none', problem: text });
}

export const errorText = (t: Translate, error: AppError): string => t(`errors.${error.code}`, error.params);

/** Every field's messages: the field errors, plus the error's own text at the field it concerns. */
export function fieldErrorTexts(t: Translate, error: AppError): Record<string, string[]> | undefined {
  const texts: Record<string, string[]> = {};
  for (const [field, issues] of Object.entries(error.fieldErrors ?? {}))
    texts[field] = issues.map((issue) => issueText(t, issue));
  if (error.field) (texts[error.field] ??= []).push(errorText(t, error));
  return Object.keys(texts).length ? texts : undefined;
}

/** English, as the API speaks it. */
export const english = translatorFor('en') as unknown as Translate;
