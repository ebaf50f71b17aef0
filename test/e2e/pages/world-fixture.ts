// Playwright fixtures for wizard tests: one loopback mail world per worker (real DNS, HTTP and mail
// servers on 127/8 with OP25B simulated by iptables) and a fresh web bridge per test pointed at it.
import { test as base } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { startBridge, type RunningBridge } from '../fixtures/bridge';
import { loopbackWorldSupport, startLoopbackWorld, type LoopbackWorld } from '../../helpers/loopback-world';
import type { Lang } from './wizard-app';

export interface WizardFixtures {
  /** Starts a bridge on the world, in the given OS language, optionally with engine overrides. */
  openBridge: (
    lang: Lang,
    overrides?: Record<string, unknown>,
    options?: { thunderbirdRoots?: string[] },
  ) => Promise<RunningBridge>;
}

export const test = base.extend<WizardFixtures, { world: LoopbackWorld }>({
  world: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
    async ({}, use) => {
      const support = loopbackWorldSupport();
      if (!support.ok) throw new Error(support.reason);
      const world = await startLoopbackWorld();
      await use(world);
      await world.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  openBridge: async ({ world }, use, testInfo) => {
    const bridges: RunningBridge[] = [];
    await use(async (lang, overrides, options) => {
      let configFile = world.configPath;
      if (overrides) {
        configFile = testInfo.outputPath('engine-config.json');
        writeFileSync(configFile, JSON.stringify({ ...world.config, ...overrides }));
      }
      const bridge = await startBridge({
        engineConfigFile: path.resolve(configFile),
        lang,
        // Never this PC's own profiles: an empty list of roots unless a test names its fixture.
        thunderbirdRoots: options?.thunderbirdRoots ?? [testInfo.outputPath('no-thunderbird')],
      });
      bridges.push(bridge);
      return bridge;
    });
    await Promise.all(bridges.map((bridge) => bridge.stop()));
  },
});

export { expect } from '@playwright/test';
