import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.rules';

const nora = { email: 'nora.new@example.com', name: 'Nora Newman' };

describe('passwordProblem', () => {
  it.each([
    ['a-long-enough-password', null],
    ['            ', 'blank'],
    ['\t \n \t \n \t \n', 'blank'],
    ['aaaaaaaaaaaa', 'repeated'],
    ['111111111111', 'repeated'],
    ['qwerty123456', 'common'],
    ['1QAZ2WSX3EDC', 'common'],
    ['my-nora.new-secret', 'containsEmail'],
    ['nora-is-my-secret', 'containsName'],
    ['secret-NEWMAN-2026', 'containsName'],
    ['noranewman!!', 'containsName'],
  ] as const)('%j: %s', (password, problem) => {
    expect(passwordProblem(password, nora)).toBe(problem);
  });

  it('ignores name words and local parts shorter than 3 characters', () => {
    expect(passwordProblem('jo-and-al-go-far', { email: 'al@example.com', name: 'Jo Al' })).toBeNull();
  });
});
