import { describe, expect, it } from 'vitest';
import { render } from '@/lib/testing/static-markup';
import type { ActionState } from '@/lib/platform/auth/validated-action';
import { ActionStatus } from './action-status';

/** The text of the status region and of the alert region, in that order. */
function regions(state: ActionState) {
  const { html } = render(<ActionStatus state={state} success="Saved." />);
  const text = (role: string) => new RegExp(`<div role="${role}"[^>]*>([^<]*)</div>`).exec(html)![1];
  return [text('status'), text('alert')];
}

describe('ActionStatus', () => {
  it('keeps both live regions empty before the first answer', () => {
    expect(regions(null)).toEqual(['', '']);
  });

  it('says success politely and a refusal at once', () => {
    expect(regions({ ok: true })).toEqual(['Saved.', '']);
    expect(regions({ ok: false, formError: 'Please correct the marked fields.' })).toEqual([
      '',
      'Please correct the marked fields.',
    ]);
  });

  it('says nothing for a refusal without a form error (a preview or review waiting for a decision)', () => {
    expect(regions({ ok: false, data: { preview: [] } })).toEqual(['', '']);
  });
});
