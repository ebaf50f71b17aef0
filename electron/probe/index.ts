// Public surface of the probe engine (plain Node: net, tls, dns; nothing from Electron).
export { probe, type ProbeOptions } from './probe.js';
export { createProbeScheduler, type ProbeScheduler, type ProbeSchedulerOptions } from './scheduler.js';
export { DEFAULT_LIMITS, DEFAULT_PER_HOST_LIMIT, MAX_LOGIN_ATTEMPTS, type ProbeLimits } from './limits.js';
export { defaultResolver, type ResolvedAddress, type Resolver } from './resolve.js';
export {
  openMailSession,
  type MailSession,
  type SessionOptions,
  type SessionTarget,
} from './mail-session.js';
export { composeTestMessage, sendTestMessage, type TestMessage } from './test-message-send.js';
export { imapInbox, pop3Holds, type InboxLook } from './test-message-find.js';
export { normalizeHost } from './host.js';
export { tcpReachable, type ReachabilityOptions } from './reachability.js';
export { createRaceMemory, raceWindowMs, type RaceMemory } from './username-race.js';
