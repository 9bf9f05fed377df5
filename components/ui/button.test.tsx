import { describe, expect, it } from 'vitest';
import { render } from '@/lib/testing/static-markup';
import { Button, ButtonLink, buttonClasses, type ButtonSize } from './button';

const classesOf = (className: string | undefined) => (className ?? '').split(' ');

describe('Button', () => {
  it.each<[ButtonSize, string[], string[]]>([
    ['touch', ['min-h-11', 'min-w-11'], []],
    ['sm', ['min-h-8'], ['min-h-11']],
    ['md', ['min-h-10'], ['min-h-11']],
    ['lg', ['min-h-12'], ['min-h-11']],
  ])('size %s sets its minimum height', (size, present, absent) => {
    const classes = classesOf(render(<Button size={size}>Save</Button>).one('button').attrs.class);
    for (const name of present) expect(classes).toContain(name);
    for (const name of absent) expect(classes).not.toContain(name);
  });

  it('is type="button" unless told to submit', () => {
    expect(render(<Button>Open</Button>).one('button').attrs.type).toBe('button');
    expect(render(<Button type="submit">Save</Button>).one('button').attrs.type).toBe('submit');
  });

  it('while pending is disabled and aria-busy', () => {
    const pending = render(<Button pending>Save</Button>).one('button').attrs;
    expect(pending).toMatchObject({ disabled: '', 'aria-busy': 'true' });
    const idle = render(<Button>Save</Button>).one('button').attrs;
    expect(idle).not.toHaveProperty('disabled');
    expect(idle).not.toHaveProperty('aria-busy');
  });

  it('keeps a link-styled button unpadded so it lines up with text, and adds the caller’s classes', () => {
    expect(classesOf(buttonClasses({ variant: 'link', size: 'md' })).some((c) => c.startsWith('px-'))).toBe(false);
    expect(classesOf(buttonClasses({ variant: 'primary', size: 'md' }))).toContain('px-4');
    expect(classesOf(buttonClasses({ className: 'mt-4' }))).toContain('mt-4');
  });

  it('a quiet button keeps the colour of the text around it, so it reads on light and dark bars', () => {
    expect(classesOf(buttonClasses({ variant: 'quiet' }))).toContain('text-current');
  });

  it('ButtonLink is a link with the button look', () => {
    const link = render(
      <ButtonLink href="/cart" variant="secondary" size="touch">
        Cart
      </ButtonLink>,
    ).one('a').attrs;
    expect(link.href).toBe('/cart');
    expect(classesOf(link.class)).toEqual(expect.arrayContaining(['min-h-11', 'border-gray-500']));
  });
});
