import { describe, expect, it } from 'vitest';
import { sendsEmail } from './outbox.writes';

describe('sendsEmail', () => {
  it.each([
    [{}, false],
    [{ SMTP_URL: '' }, false],
    [{ SMTP_URL: 'not a url' }, false],
    [{ SMTP_URL: 'smtp://user:secret@mail.example.com:587' }, true],
    [{ SMTP_URL: 'smtps://mail.example.com:465', SMTP_FROM: 'Shop <shop@example.com>' }, true],
    [{ SMTP_URL: 'smtp://mail.example.com:587', SMTP_FROM: 'not an address' }, false],
  ])('%j -> %s', (env, expected) => {
    expect(sendsEmail(env)).toBe(expected);
  });
});
