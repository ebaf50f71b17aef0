// The languages MailWiz speaks: the wizard, the CLI and every export offer exactly these.
export const LANGUAGES = ['ja', 'en'] as const;

export type Lang = (typeof LANGUAGES)[number];

export function isLang(value: unknown): value is Lang {
  return (LANGUAGES as readonly unknown[]).includes(value);
}
