// Address, user name and server name as people type them with a Japanese IME: full-width letters, ＠,
// ．and the ideographic space are made half-width (NFKC, the engine's own rule) when the field is left
// or the form is sent, and the field then says so. Names and passwords are never touched.
import { toHalfWidth } from '../../../electron/shared/email-address';

export const HALF_WIDTH_FIELDS = ['email', 'username', 'serverHost'] as const;
export type HalfWidthField = (typeof HALF_WIDTH_FIELDS)[number];

/** The fields' half-width values, and which of them changed. */
export function halfWidthFields<T extends Record<HalfWidthField, string>>(
  form: T,
  fields: readonly HalfWidthField[] = HALF_WIDTH_FIELDS,
): { form: T; changed: HalfWidthField[] } {
  const changed = fields.filter((field) => toHalfWidth(form[field]) !== form[field]);
  const patch = Object.fromEntries(changed.map((field) => [field, toHalfWidth(form[field])]));
  return { form: { ...form, ...patch }, changed };
}
