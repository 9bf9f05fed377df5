import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import type { Money } from '@/lib/platform/money.rules';
import type { RegretImpact } from '@/lib/pricing/price-regret.rules';
import type { AssortmentPreview } from '@/lib/assortment/assortment.writes';
import { isAppError } from '@/lib/platform/errors';
import { getCurrentActor } from './current-actor';
import { can, type Actor, type Permission } from './permissions.rules';

export type ActionState =
  | { ok: true; message?: string; /** Price-protection credit granted with the write. */ credited?: Money }
  | {
      ok: false;
      /** A price change waiting for the merchandiser's decision (lib/pricing/price-regret.writes.ts). */
      regret?: RegretImpact;
      /** An assortment change computed but not saved, waiting for confirmation (lib/assortment/assortment.writes.ts). */
      preview?: AssortmentPreview;
      fieldErrors?: Record<string, string[] | undefined>;
      formError?: string;
      /** What was typed, per single-value field (never passwords). */
      values?: Record<string, string>;
      /** Every submitted value per field, for checkbox groups and checkboxes (absent: none checked). */
      choices?: Record<string, string[]>;
    }
  | null;

const germanZodErrors = z.locales.de().localeError;

export type Access = 'public' | 'signed-in' | Permission;

/**
 * The one wrapper for every server action (they are public POST endpoints): checks the caller
 * against `access`, parses FormData with zod, runs the handler, and turns typed errors into a
 * state for useActionState. Services check permissions again; this is the first gate, not the only one.
 */
export function validatedAction<S extends z.ZodType>(
  access: Access,
  schema: S,
  handler: (input: z.output<S>, actor: Actor | null) => Promise<ActionState>,
) {
  return async (_previous: ActionState, formData: FormData): Promise<ActionState> => {
    // Anyone can call an action endpoint with arguments of any shape; only a form is read.
    if (!(formData instanceof FormData)) return { ok: false, formError: (await getTranslations('form'))('unreadable') };
    const input = formDataToObject(formData);
    const result = await run(input);
    // React resets a form after its action: hand back what was typed (never passwords) so it stays.
    return result && !result.ok ? { ...result, values: echoValues(input), choices: echoChoices(input) } : result;
  };

  async function run(input: Record<string, unknown>): Promise<ActionState> {
    const [actor, t, locale] = await Promise.all([getCurrentActor(), getTranslations('form'), getLocale()]);
    if (access !== 'public') {
      if (!actor) return { ok: false, formError: t('signInFirst') };
      if (access !== 'signed-in' && !can(actor, access)) return { ok: false, formError: t('noPermission') };
    }
    // zod's own messages in the visitor's language; messages a schema names itself stay as written.
    const parsed = schema.safeParse(input, locale === 'de' ? { error: germanZodErrors } : undefined);
    if (!parsed.success)
      return {
        ok: false,
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        formError: t('correctFields'),
      };
    try {
      return await handler(parsed.data, actor);
    } catch (error) {
      if (isAppError(error)) return { ok: false, formError: error.message, fieldErrors: error.fieldErrors };
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
