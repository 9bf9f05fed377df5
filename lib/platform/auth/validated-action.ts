import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { AppError, isAppError } from '@/lib/platform/errors';
import {
  errorText,
  fieldErrorTexts,
  invalidRequest,
  ISSUE_PARSE_OPTIONS,
  type Translate,
} from '@/lib/platform/error-text';
import { getCurrentActor } from './current-actor';
import { can, type Actor, type Permission } from './permissions.rules';

/**
 * What an action answers to useActionState. `data` is the feature's own payload (a price change waiting
 * for a decision, an assortment preview, a credit granted …): the action and its form agree on its
 * type `T`; this wrapper never looks at it.
 */
export type ActionState<T = unknown> =
  | { ok: true; message?: string; data?: T }
  | {
      ok: false;
      data?: T;
      fieldErrors?: Record<string, string[] | undefined>;
      formError?: string;
      /** What was typed, per single-value field (never passwords). */
      values?: Record<string, string>;
      /** Every submitted value per field, for checkbox groups and checkboxes (absent: none checked). */
      choices?: Record<string, string[]>;
    }
  | null;

/** A failed action's state for a typed error, in the visitor's language; `fieldOf` renames the error's fields. */
export function failureState(
  t: Translate,
  error: AppError,
  fieldOf: (path: string) => string = (path) => path,
): Extract<ActionState<never>, { ok: false }> {
  const fieldErrors: Record<string, string[]> = {};
  for (const [path, texts] of Object.entries(fieldErrorTexts(t, error) ?? {}))
    (fieldErrors[fieldOf(path)] ??= []).push(...texts);
  return {
    ok: false,
    formError: errorText(t, error),
    ...(Object.keys(fieldErrors).length ? { fieldErrors } : {}),
  };
}

/** The visitor's translator over the whole catalogue, for failureState. */
export const visitorTranslator = async (): Promise<Translate> => (await getTranslations()) as unknown as Translate;

export type Access = 'public' | 'signed-in' | Permission;

/**
 * The one wrapper for every server action (they are public POST endpoints): checks the caller
 * against `access`, parses FormData with zod, runs the handler, and turns typed errors and zod issues
 * into a state for useActionState, in the visitor's language (codes translated from the `errors`
 * catalogue namespace). Services check permissions again; this is the first gate, not the only one.
 */
export function validatedAction<S extends z.ZodType, T = never>(
  access: Access,
  schema: S,
  handler: (input: z.output<S>, actor: Actor | null) => Promise<ActionState<T>>,
) {
  // The previous state is not read, so any form's state may be handed in.
  return async (_previous: ActionState, formData: FormData): Promise<ActionState<T>> => {
    // Anyone can call an action endpoint with arguments of any shape; only a form is read.
    if (!(formData instanceof FormData))
      return failureState(await visitorTranslator(), new AppError('request.form_unreadable'));
    const input = formDataToObject(formData);
    const result = await run(input);
    // React resets a form after its action: hand back what was typed (never passwords) so it stays.
    return result && !result.ok ? { ...result, values: echoValues(input), choices: echoChoices(input) } : result;
  };

  async function run(input: Record<string, unknown>): Promise<ActionState<T>> {
    const [actor, t] = await Promise.all([getCurrentActor(), visitorTranslator()]);
    if (access !== 'public') {
      if (!actor) return failureState(t, new AppError('auth.sign_in_required'));
      if (access !== 'signed-in' && !can(actor, access)) return failureState(t, new AppError('auth.forbidden'));
    }
    const parsed = schema.safeParse(input, ISSUE_PARSE_OPTIONS);
    // Form fields are flat: an issue inside a field (a list's third id) belongs to the field.
    if (!parsed.success) return failureState(t, invalidRequest(parsed.error), (path) => path.split('.')[0]!);
    try {
      return await handler(parsed.data, actor);
    } catch (error) {
      if (isAppError(error)) return failureState(t, error);
      throw error; // redirects and unexpected errors; the latter reach error.tsx without details
    }
  }
}

function echoValues(input: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string' && !/password/i.test(entry[0]),
    ),
  );
}

function echoChoices(input: Record<string, unknown>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([key]) => !/password/i.test(key))
      .map(([key, value]) => [key, ([] as unknown[]).concat(value).filter((v): v is string => typeof v === 'string')]),
  );
}

function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}
