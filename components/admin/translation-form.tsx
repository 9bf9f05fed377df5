'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import type { Locale } from '@/lib/platform/i18n/locales';
import { ActionStatus } from './action-status';

type TranslationAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

/**
 * The name and description of a product or category in one language. Empty fields show the
 * catalogue-language text (given as `source`, also the placeholder).
 */
export function TranslationForm({
  action,
  idField,
  id,
  locale,
  catalogLocale,
  current,
  source,
}: {
  action: TranslationAction;
  idField: 'productId' | 'categoryId';
  id: string;
  locale: Locale;
  catalogLocale: Locale;
  current: { name: string; description: string };
  source: { name: string; description: string };
}) {
  const t = useTranslations('admin.translations');
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const language = t(`language.${locale}`);
  const hint = t('fallbackHint', { catalog: t(`language.${catalogLocale}`) });
  const headingId = `translation-${locale}`;
  return (
    <form action={formAction} aria-labelledby={headingId} className="grid max-w-3xl gap-3">
      <h2 id={headingId} className="text-lg font-semibold">
        {t('sectionTitle', { language })}
      </h2>
      <input type="hidden" name={idField} value={id} />
      <input type="hidden" name="locale" value={locale} />
      <Field label={t('name')} hint={hint} errors={failed?.fieldErrors?.name}>
        <Input
          name="name"
          lang={locale}
          defaultValue={failed?.values?.name ?? current.name}
          placeholder={source.name}
        />
      </Field>
      <Field label={t('description')} hint={hint} errors={failed?.fieldErrors?.description}>
        <Textarea
          name="description"
          lang={locale}
          rows={4}
          defaultValue={failed?.values?.description ?? current.description}
          placeholder={source.description}
        />
      </Field>
      <div>
        <Button type="submit" size="touch" pending={pending}>
          {t('save')}
        </Button>
        <ActionStatus state={state} success={state?.ok && t(state.message === 'unchanged' ? 'unchanged' : 'saved')} />
      </div>
    </form>
  );
}
