import { describe, expect, it } from 'vitest';
import { signUpConfirmation } from './sign-up-confirmation.rules';

describe('signUpConfirmation', () => {
  it('asks for an e-mail confirmation when mail can be sent, else none', () => {
    expect(signUpConfirmation({ SMTP_URL: 'smtp://mail.example.com:587' })).toBe('email');
    expect(signUpConfirmation({})).toBe('none');
    expect(signUpConfirmation({ SMTP_URL: ' ' })).toBe('none');
  });

  it('follows the setting, and refuses an unknown one', () => {
    expect(signUpConfirmation({ SIGN_UP_CONFIRMATION: 'email' })).toBe('email');
    expect(signUpConfirmation({ SIGN_UP_CONFIRMATION: 'none', SMTP_URL: 'smtp://x:25' })).toBe('none');
    expect(() => signUpConfirmation({ SIGN_UP_CONFIRMATION: 'sms' })).toThrow(/SIGN_UP_CONFIRMATION/);
  });
});
