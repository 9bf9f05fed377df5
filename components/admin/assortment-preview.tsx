'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import type { AssortmentPreview, AssortmentPreviewData } from '@/lib/assortment/assortment.writes';
import type { ActionState } from '@/lib/platform/auth/validated-action';

/** The state of an assortment action: its data is the preview of a change waiting for confirmation. */
export type PreviewState = ActionState<AssortmentPreviewData>;
export type PreviewAction = (state: PreviewState, data: FormData) => Promise<PreviewState>;

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
  state: PreviewState;
  confirmLabel: string;
  pending: boolean;
}) {
  const t = useTranslations();
  const [closed, setClosed] = useState<{ state: PreviewState; reason: 'cancelled' | 'stale' } | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const preview = state && !state.ok ? state.data?.preview : undefined;
  const open = preview !== undefined && closed?.state !== state;

  useEffect(() => {
    const form = panel.current?.closest('form');
    if (!open || !form) return;
    const onInput = () => setClosed({ state, reason: 'stale' });
    form.addEventListener('input', onInput);
    return () => form.removeEventListener('input', onInput);
  }, [open, state]);

  const note = preview && !open ? t(`admin.assortment.preview.${closed?.reason ?? 'stale'}`) : null;
  return (
    <div ref={panel}>
      <StatusMessage tone="info" className="mt-3">
        {note}
      </StatusMessage>
      {open && (
        <PreviewLines preview={preview} onCancel={() => setClosed({ state, reason: 'cancelled' })}>
          <Button type="submit" name="confirmed" value="1" size="touch" pending={pending}>
            {confirmLabel}
          </Button>
        </PreviewLines>
      )}
    </div>
  );
}

/** What the change adds and removes per channel and audience, with a cancel button and the caller's confirm button. */
export function PreviewLines({
  preview,
  onCancel,
  children,
}: {
  preview: AssortmentPreview;
  onCancel: () => void;
  children: ReactNode;
}) {
  const t = useTranslations();
  const titleId = useId();
  return (
    <div
      role="group"
      aria-labelledby={titleId}
      className="mt-3 rounded-lg border-2 border-amber-500 bg-amber-50 p-4 text-left"
    >
      <p id={titleId} className="font-semibold">
        {t('admin.assortment.preview.title')}
      </p>
      <PreviewList preview={preview} />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button variant="secondary" size="touch" onClick={onCancel}>
          {t('admin.assortment.preview.cancel')}
        </Button>
        {children}
      </div>
    </div>
  );
}

/** The preview's lines ("This change adds 3 and removes 0 products on Web (for Everyone)"), announced when they appear. */
export function PreviewList({ preview }: { preview: AssortmentPreview }) {
  const t = useTranslations();
  return (
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
  );
}
