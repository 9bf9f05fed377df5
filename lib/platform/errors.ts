// Typed errors that may cross a boundary: a stable code (./error-codes.ts) with its HTTP status, the
// field it concerns and its parameters. No text: the edges make it in the visitor's language
// (./error-text.ts for actions, ./api/problem.ts for the API in English).
import type { Messages } from '@/lib/platform/i18n/messages';
import { errorStatus, type ErrorCode, type ErrorParams, type ParamValue } from './error-codes';

export type { ErrorCode } from './error-codes';

/** A validation message of the catalogues (`errors.field.<key>`), e.g. what a zod schema names. */
export type FieldMessage = `field.${keyof Messages['errors']['field'] & string}`;

/**
 * What is wrong with one field: a code or a field message, with its parameters; `at` places it in an
 * uploaded file (line and column), for a field that holds a file.
 */
export type FieldIssue = {
  code: ErrorCode | FieldMessage;
  params?: Record<string, ParamValue>;
  at?: { line: number; column?: string };
};

export type FieldErrors = Record<string, FieldIssue[]>;

type Details<C extends ErrorCode> = {
  /** The input field the error concerns (a path such as `payment.card.number`). */
  field?: string;
  /** Problems of several fields at once (e.g. zod issues); `field` names the one of the code itself. */
  fieldErrors?: FieldErrors;
} & ([ErrorParams<C>] extends [never] ? { params?: undefined } : { params: ErrorParams<C> });

type DetailsArgs<C extends ErrorCode> = [ErrorParams<C>] extends [never]
  ? [details?: Details<C>]
  : [details: Details<C>];

export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly status: number;
  readonly field?: string;
  readonly params?: Record<string, ParamValue>;
  readonly fieldErrors?: FieldErrors;
  constructor(
    readonly code: C,
    ...[details]: DetailsArgs<C>
  ) {
    // The code is the message: logs name it, and nothing may ever match on text.
    super(code);
    this.name = 'AppError';
    this.status = errorStatus(code);
    this.field = details?.field;
    this.params = details?.params;
    this.fieldErrors = details?.fieldErrors;
  }
}

/** A field message key for a zod schema (`.min(2, fieldMessage('name_short'))`), translated at the edge. */
export const fieldMessage = (key: keyof Messages['errors']['field'] & string): FieldMessage => `field.${key}`;

export const unauthenticated = () => new AppError('auth.sign_in_required');
export const forbidden = () => new AppError('auth.forbidden');

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
