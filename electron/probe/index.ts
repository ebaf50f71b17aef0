// Public surface of the probe engine (plain Node: net, tls, dns; nothing from Electron).
export { probe, type ProbeOptions } from './probe.js';
export { createProbeScheduler, type ProbeScheduler, type ProbeSchedulerOptions } from './scheduler.js';
export { DEFAULT_LIMITS, DEFAULT_PER_HOST_LIMIT, MAX_LOGIN_ATTEMPTS, type ProbeLimits } from './limits.js';
export { defaultResolver, type ResolvedAddress, type Resolver } from './resolve.js';
export { createRaceMemory, raceWindowMs, type AttemptGate, type RaceMemory } from './username-race.js';
