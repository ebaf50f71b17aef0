// Playwright drives Debian's Chromium (never a downloaded browser) against the loopback web bridge,
// which serves the built renderer and the real engine. `npm run test:e2e` builds first.
import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = process.env.MAILWIZ_CHROMIUM ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    viewport: { width: 1024, height: 720 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      // Without these Chromium keeps trying to reach Google's services, which this network refuses.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
