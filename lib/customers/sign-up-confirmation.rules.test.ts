import { describe, expect, it } from 'vitest';
import { confirmationLink, signUpConfirmation } from './sign-up-confirmation.rules';

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

describe('confirmationLink', () => {
  it.each([
    [undefined, 'https://shop.example.com/sign-up/confirm?token=abc-_1'],
    ['/checkout', 'https://shop.example.com/sign-up/confirm?token=abc-_1&callbackUrl=%2Fcheckout'],
    [
      '/c/bikes?color=Black&size=M',
      'https://shop.example.com/sign-up/confirm?token=abc-_1&callbackUrl=%2Fc%2Fbikes%3Fcolor%3DBlack%26size%3DM',
    ],
  ] as const)('carries the return path %j along', (returnTo, expected) => {
    expect(confirmationLink('https://shop.example.com', 'abc-_1', returnTo)).toBe(expected);
  });
});
