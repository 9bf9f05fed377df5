'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import type { ActionState } from '@/lib/platform/auth/validated-action';

/**
 * The preview of an assortment change inside its form: shown when the server computed the change
 * without saving it. "Save change" resubmits the same form with confirmed=1; editing the form after
 * the preview hides it, since it no longer describes what would be saved.
 */
export function AssortmentPreviewPanel({
  state,
  confirmLabel,
  pending,
}: {
  state: ActionState;
  confirmLabel: string;
  pending: boolean;
}) {
  const t = useTranslations();
  const [closed, setClosed] = useState<{ state: ActionState; reason: 'cancelled' | 'stale' } | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const preview = state && !state.ok ? state.preview : undefined;
  const open = preview !== undefined && closed?.state !== state;

  useEffect(() => {
    const form = panel.current?.closest('form');
    if (!open || !form) return;
    const onInput = () => setClosed({ state, reason: 'stale' });
    form.addEventListener('input', onInput);
    return () => form.removeEventListener('input', onInput);
  }, [open, state]);

  if (!preview) return null;
  if (!open) {
    return (
      <p role="status" className="text-sm">
        {closed?.reason === 'cancelled' ? t('admin.assortment.preview.cancelled') : t('admin.assortment.preview.stale')}
      </p>
    );
  }
  return (
    <div
      ref={panel}
      role="group"
      aria-labelledby={titleId}
      className="rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-left"
    >
      <p id={titleId} className="font-semibold">
        {t('admin.assortment.preview.title')}
      </p>
      <div role="status">
        <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
          {preview.map((line) => (
            <li key={`${line.channelId}:${line.audienceKey}`}>
              {t('admin.assortment.preview.line', {
                added: line.added,
                removed: line.removed,
                channel: line.channelName,
                audience: line.audienceKey === '' ? t('admin.assortment.everyone') : line.audienceName,
              })}
            </li>
          ))}
        </ul>
      </div>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => setClosed({ state, reason: 'cancelled' })}
          className="rounded-md border border-gray-500 bg-white px-4 py-2"
        >
          {t('admin.assortment.preview.cancel')}
        </button>
        <button
          type="submit"
          name="confirmed"
          value="1"
          disabled={pending}
          className="rounded-md bg-gray-900 px-4 py-2 text-white disabled:opacity-60"
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
