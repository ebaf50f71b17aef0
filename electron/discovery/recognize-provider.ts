// Which mail host and which access ISP the facts point to, how we know, and how sure that is. Pure:
// discovery and the diagnosis gather the facts (MX, NS, reverse names, certificate names, server names)
// and this decides. Shared hosts such as Xserver and Sakura put the customer's own domain in the MX, so
// their own server names (the MX address's reverse name, the certificate, a published server) are the
// strong clues; name servers also serve DNS-only customers, and a rule no source confirmed is a guess.
import type { Confidence, NamedSource, RecognitionMethod } from '../shared/diagnosis-types.js';
import { HOSTINGS, ISPS, REGISTRAR_DEFAULTS, type HostingEntry, type IspEntry } from './providers.js';

export interface ProviderFacts {
  /** The mailbox domain (lower-case A-labels). */
  domain: string;
  mx?: string[];
  ns?: string[];
  /** Reverse names of the addresses mail goes to (the MX hosts', or the domain's when it has no MX). */
  ptr?: string[];
  /** Names in certificates the mail servers presented. */
  certificateNames?: string[];
  /** Server names published for the domain or given by the user. */
  hosts?: string[];
}

export interface HostingRecognition {
  hosting: HostingEntry;
  by: RecognitionMethod;
  confidence: Confidence;
  /** The host number read from the host's own server name (Xserver's sv1234), when it shows one. */
  hostNumber?: string;
}

export interface IspRecognition {
  isp: IspEntry;
  by: 'ptr' | 'user';
  confidence: Confidence;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/\.$/, '').replace(/^\*\./, '');
}

function underSuffix(name: string, suffix: string): boolean {
  const host = normalise(name);
  return host === suffix || host.endsWith(`.${suffix}`);
}

function unverified(entry: { unverified?: string[] }, rule: string): boolean {
  return entry.unverified?.includes(rule) === true;
}

interface Clue {
  by: RecognitionMethod;
  /** The rule that matched, as hostings.json's `unverified` spells it. */
  rule: string;
  name: string;
}

function domainClue(hosting: HostingEntry, domain: string): Clue | undefined {
  if (hosting.domains.includes(domain)) return { by: 'domain', rule: `domain:${domain}`, name: domain };
  const suffix = hosting.domainSuffixes?.find((candidate) => underSuffix(domain, candidate));
  return suffix === undefined ? undefined : { by: 'domain', rule: `domain:${suffix}`, name: domain };
}

function mxClue(hosting: HostingEntry, mx: string[]): Clue | undefined {
  for (const host of mx) {
    const suffix = hosting.mxSuffixes.find((candidate) => underSuffix(host, candidate));
    if (suffix !== undefined) return { by: 'mx', rule: `mx:${suffix}`, name: host };
    const pattern = hosting.mxPatterns?.find((candidate) => new RegExp(candidate).test(normalise(host)));
    if (pattern !== undefined) return { by: 'mx', rule: `mx:${pattern}`, name: host };
  }
  return undefined;
}

function ownNameClue(hosting: HostingEntry, by: RecognitionMethod, names: string[]): Clue | undefined {
  for (const name of names) {
    const suffix = hosting.hostSuffixes.find((candidate) => underSuffix(name, candidate));
    if (suffix !== undefined) return { by, rule: `host:${suffix}`, name: normalise(name) };
  }
  return undefined;
}

function nsClue(hosting: HostingEntry, ns: string[]): Clue | undefined {
  for (const host of ns) {
    const suffix = hosting.nsSuffixes.find((candidate) => underSuffix(host, candidate));
    if (suffix !== undefined) return { by: 'ns', rule: `ns:${suffix}`, name: host };
  }
  return undefined;
}

/** Strongest kind of clue first; within a kind, the knowledge base's order. */
const METHOD_ORDER: readonly RecognitionMethod[] = ['domain', 'mx', 'host', 'certificate', 'ptr', 'ns'];

function cluesOf(hosting: HostingEntry, facts: ProviderFacts): Clue[] {
  return [
    domainClue(hosting, facts.domain),
    mxClue(hosting, facts.mx ?? []),
    // An MX host that is one of the host's own servers names the host as surely as a suffix rule.
    ownNameClue(hosting, 'mx', facts.mx ?? []),
    ownNameClue(hosting, 'host', facts.hosts ?? []),
    ownNameClue(hosting, 'certificate', facts.certificateNames ?? []),
    ownNameClue(hosting, 'ptr', facts.ptr ?? []),
    nsClue(hosting, facts.ns ?? []),
  ].filter((clue): clue is Clue => clue !== undefined);
}

function confidenceOf(hosting: HostingEntry, clue: Clue): Confidence {
  return clue.by === 'ns' || unverified(hosting, clue.rule) ? 'weak' : 'strong';
}

function hostNumberOf(hosting: HostingEntry, name: string): string | undefined {
  if (hosting.hostPattern === undefined) return undefined;
  const number = new RegExp(hosting.hostPattern).exec(name)?.[1];
  return number !== undefined && /^\d{1,6}$/.test(number) ? number : undefined;
}

export function recognizeHosting(facts: ProviderFacts): HostingRecognition | undefined {
  const found = HOSTINGS.flatMap((hosting) =>
    cluesOf(hosting, facts).map((clue) => ({ hosting, clue, confidence: confidenceOf(hosting, clue) })),
  );
  const rank = (entry: (typeof found)[number]) =>
    (entry.confidence === 'strong' ? 0 : METHOD_ORDER.length) + METHOD_ORDER.indexOf(entry.clue.by);
  const best = found.reduce<(typeof found)[number] | undefined>(
    (winner, entry) => (winner === undefined || rank(entry) < rank(winner) ? entry : winner),
    undefined,
  );
  if (best === undefined) return undefined;
  const recognition: HostingRecognition = {
    hosting: best.hosting,
    by: best.clue.by,
    confidence: best.confidence,
  };
  // Any of the host's own server names among the facts shows the contract's number.
  const ownNames = [
    ...(facts.mx ?? []),
    ...(facts.hosts ?? []),
    ...(facts.certificateNames ?? []),
    ...(facts.ptr ?? []),
  ];
  const hostNumber = ownNames.map((name) => hostNumberOf(best.hosting, normalise(name))).find(Boolean);
  if (hostNumber !== undefined) recognition.hostNumber = hostNumber;
  return recognition;
}

export function recognizeIsp(ptrNames: string[]): IspRecognition | undefined {
  for (const isp of ISPS) {
    const suffix = isp.ptrSuffixes.find((candidate) => ptrNames.some((ptr) => underSuffix(ptr, candidate)));
    if (suffix !== undefined)
      return { isp, by: 'ptr', confidence: unverified(isp, `ptr:${suffix}`) ? 'weak' : 'strong' };
  }
  return undefined;
}

/** The registrar whose initial, not-yet-used name servers the domain still has (お名前.com), if any. */
export function registrarDefaultOf(ns: string[]): (typeof REGISTRAR_DEFAULTS)[number] | undefined {
  return REGISTRAR_DEFAULTS.find((registrar) =>
    registrar.nsSuffixes.some((suffix) => ns.some((host) => underSuffix(host, suffix))),
  );
}

export function hostingNamedSource(recognition: HostingRecognition | undefined): NamedSource | null {
  if (recognition === undefined) return null;
  const { hosting, by, confidence } = recognition;
  // The wizard tells this reverse name (the mail server's) from the ISP's (this PC's public address).
  const source = by === 'ptr' ? 'mx-ptr' : by;
  return { name: hosting.name, id: hosting.id, source, recognisedBy: by, confidence };
}

export function ispNamedSource(recognition: IspRecognition | undefined): NamedSource | null {
  if (recognition === undefined) return null;
  const { isp, by, confidence } = recognition;
  const named: NamedSource = { name: isp.name, id: isp.id, source: by, recognisedBy: by, confidence };
  if (isp.lineType !== undefined) named.lineType = isp.lineType;
  return named;
}
