// What a new password must not be, besides shorter than 12 characters: a commonly used password (the
// ~49,000 of @zxcvbn-ts/language-common), one character repeated, only whitespace, or something that
// contains the e-mail's local part or the person's name. Each reason has its error code (texts in the
// catalogues under errors.password.*).
import { dictionary } from '@zxcvbn-ts/language-common';

export const PASSWORD_LENGTH = { min: 12, max: 200 } as const;

export type PasswordProblem = 'blank' | 'repeated' | 'common' | 'containsEmail' | 'containsName';

export const PASSWORD_PROBLEM_CODES = {
  blank: 'password.blank',
  repeated: 'password.repeated',
  common: 'password.common',
  containsEmail: 'password.contains_email',
  containsName: 'password.contains_name',
} as const satisfies Record<PasswordProblem, string>;

let common: ReadonlySet<string> | undefined;
const commonPasswords = () => (common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase())));

/** The name as a whole (without spaces) and each of its words of 3 characters or more, lower-cased. */
function nameParts(name: string): string[] {
  const words = name.toLowerCase().split(/[\s.\-_]+/u);
  return [words.join(''), ...words].filter((part) => part.length >= 3);
}

/** Why a password may not be used for this person, or null. Length is checked by the schema. */
export function passwordProblem(password: string, person: { email: string; name: string }): PasswordProblem | null {
  if (password.trim() === '') return 'blank';
  if (/^(.)\1*$/su.test(password)) return 'repeated';
  const lower = password.toLowerCase();
  if (commonPasswords().has(lower)) return 'common';
  const local = person.email.split('@')[0]!.toLowerCase();
  if (local.length >= 3 && lower.includes(local)) return 'containsEmail';
  if (nameParts(person.name).some((part) => lower.includes(part))) return 'containsName';
  return null;
}
