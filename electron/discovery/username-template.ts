// The user name a provider asks for, from its published form: the full address, the local part, a
// Thunderbird-style template (IIJmio: %EMAILLOCALPART%.%EMAILDOMAIN%), or a login name the provider
// issued (KAGOYA, ASAHIネット ID), which cannot be derived from the address and so is never guessed.
import type { UsernameStyle } from './candidate.js';

export interface EmailParts {
  address: string;
  localPart: string;
}

const PLACEHOLDERS: Record<string, (email: EmailParts) => string> = {
  '%EMAILADDRESS%': (email) => email.address,
  '%EMAILLOCALPART%': (email) => email.localPart,
  // The domain as written in the address: the ISP database's templates use it as is.
  '%EMAILDOMAIN%': (email) => email.address.slice(email.address.lastIndexOf('@') + 1),
};

/** The template filled in; null when it holds a placeholder we cannot fill (e.g. %REALNAME%). */
export function applyUsernameTemplate(template: string, email: EmailParts): string | null {
  const filled = template.replace(/%[A-Z]+%/g, (placeholder) => {
    const fill = PLACEHOLDERS[placeholder];
    return fill === undefined ? '\u0000' : fill(email);
  });
  if (filled.includes('\u0000') || filled.trim() === '' || /\s/.test(filled)) return null;
  return filled;
}

/** The style a template stands for: the two common forms by name, anything else kept as a template. */
export function usernameStyleOfTemplate(template: string): UsernameStyle {
  if (template === '%EMAILADDRESS%') return 'address';
  if (template === '%EMAILLOCALPART%') return 'localpart';
  return 'template';
}

export interface UsernameForm {
  usernameStyle?: UsernameStyle | undefined;
  usernameTemplate?: string | undefined;
}

/**
 * The user names worth trying, most likely first (at most two: a server never sees more from us). An
 * account-name login gets none: only the name the user typed can be right.
 */
export function usernameCandidates(form: UsernameForm, email: EmailParts): string[] {
  const { address, localPart } = email;
  switch (form.usernameStyle) {
    case 'account-name':
      return [];
    case 'localpart':
      return [...new Set([localPart, address])];
    case 'template': {
      const filled =
        form.usernameTemplate === undefined ? null : applyUsernameTemplate(form.usernameTemplate, email);
      return [...new Set(filled === null ? [address, localPart] : [filled, address])];
    }
    default:
      return [...new Set([address, localPart])];
  }
}

/** The user name to recommend before a login proved one; null when only the user can know it. */
export function expectedUsername(form: UsernameForm, email: EmailParts): string | null {
  return usernameCandidates(form, email)[0] ?? null;
}
