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
