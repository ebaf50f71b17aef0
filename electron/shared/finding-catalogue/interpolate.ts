// Fills `{{name}}` placeholders. A space written next to a placeholder separates Japanese from Latin
// text (「OCN は」); when the value itself is Japanese (「お使いのプロバイダー」) and so is the text on the
// other side of the space, the space is dropped, so a missing name never leaves 「… は」 gaps.
const PLACEHOLDER = /( ?)\{\{(\w+)\}\}( ?)/g;

const isWide = (char: string | undefined): boolean =>
  char !== undefined && /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/u.test(char);

export function interpolate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(
    PLACEHOLDER,
    (match: string, before: string, name: string, after: string, offset: number) => {
      const value = values[name] ?? '';
      const previous = template[offset - 1];
      const next = template[offset + match.length];
      const keepBefore = before !== '' && !(isWide(previous) && isWide(value[0]));
      const keepAfter = after !== '' && !(isWide(next) && isWide(value.at(-1)));
      return `${keepBefore ? ' ' : ''}${value}${keepAfter ? ' ' : ''}`;
    },
  );
}

const UNPRINTABLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** A parameter as one printable line (values can come from servers: certificate names, banners). */
export function printable(value: unknown, max = 253): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = String(value).replace(UNPRINTABLE, ' ').replace(/\s+/gu, ' ').trim();
  return Array.from(text).slice(0, max).join('');
}
