/** The shortest and longest password accepted (long enough to resist guessing; bounded so hashing stays cheap). */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 200;

/** Passwords seen first in every breach list: refused whatever their length. */
const common = new Set([
  'password1234',
  'password12345',
  'password123456',
  '123456789012',
  'qwertyuiopas',
  'qwerty123456',
  'iloveyou1234',
  'changeme1234',
  'administrator',
  'letmein12345',
  'welcome12345',
  '111111111111',
  '000000000000',
  'abc123456789',
]);

/** Why a new password is refused (stable codes, worded at the edge); empty when it is acceptable. */
export function passwordProblems(password: string, person: { email?: string | null; ref?: string | null } = {}): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN) problems.push('password_too_short');
  if (password.length > PASSWORD_MAX) problems.push('password_too_long');
  const lower = password.toLowerCase();
  if (common.has(lower) || /^(.)\1+$/.test(password)) problems.push('password_common');
  const names = [person.ref, person.email?.split('@')[0]].filter((n): n is string => !!n && n.length >= 3);
  if (names.some((n) => lower.includes(n.toLowerCase()))) problems.push('password_contains_name');
  return problems;
}
