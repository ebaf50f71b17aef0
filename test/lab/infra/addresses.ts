// The lab's network plan. Private addresses used only inside the lab's own namespaces.
import { LAB_PREFIX } from './cleanup.js';

export const NS = {
  office: `${LAB_PREFIX}office`,
  isp: `${LAB_PREFIX}isp`,
  host1: `${LAB_PREFIX}host1`,
  host2: `${LAB_PREFIX}host2`,
} as const;

export type NamespaceName = (typeof NS)[keyof typeof NS];

/** The ISP router's resolver, the address every namespace's resolv.conf points at. */
export const DNS_SERVER = '10.77.1.1';

export const ADDR = {
  office: { v4: '10.77.1.2', v6: 'fd77:1::2' },
  /** Hosting server 1: the well-run mail server (Postfix + Dovecot, certificate names every host on it). */
  host1Main: '10.77.2.10',
  /** Hosting server 1: an smtp-server with 25 (it is an MX) and submission on 587, but no 465. */
  host1Submission587: '10.77.2.20',
  /** Hosting server 1: a middlebox that strips STARTTLS in front of the main server. */
  host1StripProxy: '10.77.2.30',
  /** Hosting server 1: an inbound-only MX relay (port 25 and nothing else). */
  host1MxRelay: '10.77.2.40',
  /** Hosting server 1: an unresponsive host (587 streams garbage, 465 never speaks, the rest dropped). */
  host1Unresponsive: '10.77.2.50',
  /** Hosting server 2: shared hosting, the certificate names only sv2.hosting.test. */
  host2Shared: '10.77.3.10',
  /** Hosting server 2: a legacy server without any TLS. */
  host2Legacy: '10.77.3.20',
  /** Hosting server 2: the HTTPS server for autoconfig.<domain>. */
  host2Web: '10.77.3.30',
  /** Routed to hosting server 1 but dropped by the ISP: an IPv6 black hole. */
  v6BlackHole: 'fd77:66::25',
} as const;

export interface LinkPlan {
  ns: NamespaceName;
  /** Interface names are per-namespace, so every link end can be called the same on both sides. */
  ifName: string;
  peerIfName: string;
  routerV4: string;
  routerV6: string;
  v4: string[];
  v6: string[];
}

export const LINKS: LinkPlan[] = [
  { ns: NS.office, ifName: 'uplink', peerIfName: 'to-office', routerV4: '10.77.1.1', routerV6: 'fd77:1::1', v4: [ADDR.office.v4], v6: [ADDR.office.v6] },
  {
    ns: NS.host1,
    ifName: 'uplink',
    peerIfName: 'to-host1',
    routerV4: '10.77.2.1',
    routerV6: 'fd77:2::1',
    v4: [ADDR.host1Main, ADDR.host1Submission587, ADDR.host1StripProxy, ADDR.host1MxRelay, ADDR.host1Unresponsive],
    v6: ['fd77:2::10'],
  },
  { ns: NS.host2, ifName: 'uplink', peerIfName: 'to-host2', routerV4: '10.77.3.1', routerV6: 'fd77:3::1', v4: [ADDR.host2Shared, ADDR.host2Legacy, ADDR.host2Web], v6: ['fd77:3::10'] },
]; // prettier-ignore
