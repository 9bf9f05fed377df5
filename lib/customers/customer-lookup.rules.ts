// How staff find a customer in the showroom (docs/showroom.md, "The customer in context"): what a typed
// query means (an e-mail, a customer number, a phone number in any formatting) and how a phone number is
// shown in a list of several people. Pure: the reads turn the answer into index lookups.

/** Fewest digits a phone search needs; anything shorter is a customer number or a typo. */
export const MIN_PHONE_DIGITS = 6;
/** E.164: no phone number has more digits. */
export const MAX_PHONE_DIGITS = 15;
/** The shop's home country: a number typed with a leading 0 is a German national number. */
const HOME_COUNTRY_CODE = '49';

/** What a query looks up; null fields are not searched. Null for a query that is none of them. */
export type CustomerQuery = { email: string | null; customerNumber: number | null; phoneDigits: string[] };

const PHONE_CHARACTERS = /^\+?[\d\s()/.-]+$/;

export function parseCustomerQuery(text: string): CustomerQuery | null {
  const query = text.trim();
  if (query.includes('@')) return { email: query.toLowerCase(), customerNumber: null, phoneDigits: [] };
  if (!PHONE_CHARACTERS.test(query)) return null;
  // A customer number is typed as it is printed: digits only, no leading zero (they start at 100001).
  const customerNumber = /^[1-9]\d{0,11}$/.test(query) ? Number(query) : null;
  const phoneDigits = phoneCandidates(query);
  return customerNumber === null && phoneDigits.length === 0 ? null : { email: null, customerNumber, phoneDigits };
}

/**
 * Every form in which a stored phone number (its digits only, customer_profiles.phone_digits) may hold
 * the number typed: national with its leading 0 (030 …), international with + or 00 (+49 30 …, 0049 30 …),
 * with the "(0)" of "+49 (0)30 …", or typed without any prefix (30 …, 49 30 …). A number with another
 * country code matches only in its international forms. Empty for fewer than MIN_PHONE_DIGITS digits.
 */
export function phoneCandidates(text: string): string[] {
  const query = text.trim();
  const digits = query.replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS || digits.length > MAX_PHONE_DIGITS + 2) return [];
  const national: string[] = [];
  const international: string[] = [];
  if (query.startsWith('+')) international.push(digits);
  else if (digits.startsWith('00')) international.push(digits.slice(2));
  else if (digits.startsWith('0')) national.push(digits.slice(1));
  else {
    // Typed without its 0 or its +: either may be meant.
    international.push(digits);
    national.push(digits);
  }
  for (const number of international)
    if (number.startsWith(HOME_COUNTRY_CODE)) national.push(number.slice(HOME_COUNTRY_CODE.length).replace(/^0/, ''));
  const forms = new Set([digits]);
  for (const number of international) forms.add(number).add(`00${number}`);
  for (const number of national)
    if (number.length >= MIN_PHONE_DIGITS - 1)
      for (const prefix of ['0', HOME_COUNTRY_CODE, `00${HOME_COUNTRY_CODE}`, `${HOME_COUNTRY_CODE}0`])
        forms.add(`${prefix}${number}`);
  return [...forms];
}

/** A phone number as typed loosely: digits with spaces, brackets, dashes, dots or slashes, perhaps a leading +. */
export function isPlausiblePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  return PHONE_CHARACTERS.test(text.trim()) && digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS;
}

/**
 * A phone number in a list of search results: only its last three digits, so staff can ask "ending
 * in 567?" without reading out everyone's number; the formatting stays.
 */
export function maskPhone(phone: string): string {
  const total = phone.replace(/\D/g, '').length;
  let seen = 0;
  return phone.trim().replace(/\d/g, (digit) => (++seen > total - 3 ? digit : '•'));
}
