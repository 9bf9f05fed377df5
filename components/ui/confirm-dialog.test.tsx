import { describe, expect, it } from 'vitest';
import { render } from '@/lib/testing/static-markup';
import { ConfirmDialog } from './confirm-dialog';
import { Dialog } from './dialog';

const confirm = {
  title: 'Delete this price list?',
  message: 'Its entries are deleted too. This cannot be undone.',
  confirmLabel: 'Delete',
  cancelLabel: 'Cancel',
};

describe('ConfirmDialog (server-rendered)', () => {
  it('is only its trigger until pressed: a button that does not submit the form by itself', () => {
    const page = render(
      <form id="delete-form">
        <ConfirmDialog triggerLabel="Delete" {...confirm} />
      </form>,
    );
    const trigger = page.one('button').attrs;
    expect(trigger.type).toBe('button');
    expect(trigger['aria-expanded']).toBe('false');
    expect(page.html).not.toContain(confirm.message);
    expect(page.find((tag) => tag.attrs.role === 'alertdialog')).toHaveLength(0);
  });

  it('belongs to the form it names when it sits outside it', () => {
    const trigger = render(<ConfirmDialog triggerLabel="Delete" form="delete-form" {...confirm} />).one('button').attrs;
    expect(trigger.form).toBe('delete-form');
  });

  it('shows the danger look on its trigger by default', () => {
    expect(render(<ConfirmDialog triggerLabel="Delete" {...confirm} />).one('button').attrs.class).toContain(
      'bg-red-700',
    );
  });
});

describe('Dialog (server-rendered)', () => {
  it('renders nothing of the dialog while closed', () => {
    const page = render(
      <Dialog title="Edit address" closeLabel="Close" triggerLabel="Edit">
        <p>Form</p>
      </Dialog>,
    );
    expect(page.tags.map((tag) => tag.name)).toEqual(['button']);
  });
});
