// The standard mail ports (RFC 8314 implicit TLS, RFC 6409 submission, RFC 9051/1939) and the order in
// which the engine tries them.
import type { MailProtocol, Security } from '../shared/probe-types.js';

export const IMPLICIT_TLS_PORTS: ReadonlySet<number> = new Set([465, 993, 995]);

export interface PortPlan {
  protocol: MailProtocol;
  port: number;
  security: Security;
}

/** Guessed ports per protocol. Port 25 is probed with STARTTLS; "offers no STARTTLS" is itself a result. */
export const STANDARD_PORTS: Record<MailProtocol, PortPlan[]> = {
  smtp: [
    { protocol: 'smtp', port: 465, security: 'tls' },
    { protocol: 'smtp', port: 587, security: 'starttls' },
    { protocol: 'smtp', port: 25, security: 'starttls' },
  ],
  imap: [
    { protocol: 'imap', port: 993, security: 'tls' },
    { protocol: 'imap', port: 143, security: 'starttls' },
  ],
  pop3: [
    { protocol: 'pop3', port: 995, security: 'tls' },
    { protocol: 'pop3', port: 110, security: 'starttls' },
  ],
};

/** RFC 6186 / 8314 service labels. */
export const SRV_SERVICES: Array<{ label: string } & PortPlan> = [
  { label: '_submissions._tcp', protocol: 'smtp', port: 465, security: 'tls' },
  { label: '_submission._tcp', protocol: 'smtp', port: 587, security: 'starttls' },
  { label: '_imaps._tcp', protocol: 'imap', port: 993, security: 'tls' },
  { label: '_imap._tcp', protocol: 'imap', port: 143, security: 'starttls' },
  { label: '_pop3s._tcp', protocol: 'pop3', port: 995, security: 'tls' },
  { label: '_pop3._tcp', protocol: 'pop3', port: 110, security: 'starttls' },
];
