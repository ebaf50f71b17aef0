// The loopback web bridge: the renderer loads through it, a real API call reaches main-process code,
// and requests without the token, from another origin or for another Host are refused.
import { request as playwrightRequest } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/csp';
import { expect, test } from './fixtures/bridge';

test('renderer loads through the bridge and calls the real API', async ({ page, bridge }) => {
  const response = await page.goto(bridge.url);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  // The token moved from the address bar into an HttpOnly cookie.
  expect(page.url()).toBe(`${bridge.origin}/`);
  await expect(page.locator('h1').first()).toBeVisible();
  const info = await page.evaluate(async () => {
    const reply = await fetch('/api/call/getAppInfo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return reply.json();
  });
  expect(info).toMatchObject({ ok: true, value: { name: 'MailWiz', mode: 'web' } });
  const providers = await page.evaluate(async () => {
    const reply = await fetch('/api/call/listProviders', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    return reply.json();
  });
  expect(providers).toMatchObject({
    ok: true,
    value: { isps: expect.any(Array), hostings: expect.any(Array) },
  });
});

test('invalid input comes back as a code, without a stack trace', async ({ page, bridge }) => {
  await page.goto(bridge.url);
  const reply = await page.evaluate(async () => {
    const response = await fetch('/api/call/cancelDiagnosis', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ input: { runId: 7 } }),
    });
    return response.text();
  });
  expect(JSON.parse(reply)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(reply).not.toMatch(/\bat .*:\d+:\d+/);
});

test('requests without the token, from another origin or another Host are refused', async ({ bridge }) => {
  const context = await playwrightRequest.newContext();
  const call = (headers: Record<string, string>) =>
    context.post(`${bridge.origin}/api/call/getAppInfo`, {
      headers: { 'content-type': 'application/json', ...headers },
      data: {},
    });

  expect((await call({ origin: bridge.origin })).status()).toBe(401);
  expect((await context.get(`${bridge.origin}/`)).status()).toBe(401);
  expect((await context.get(`${bridge.origin}/?token=wrong`)).status()).toBe(403);
  expect((await call({ origin: 'http://attacker.example', 'x-mailwiz-token': bridge.token })).status()).toBe(
    403,
  );
  expect((await call({ 'x-mailwiz-token': bridge.token })).status()).toBe(403);
  const port = new URL(bridge.origin).port;
  expect(
    (
      await call({ origin: bridge.origin, host: `rebind.example:${port}`, 'x-mailwiz-token': bridge.token })
    ).status(),
  ).toBe(403);
  const allowed = await call({ origin: bridge.origin, 'x-mailwiz-token': bridge.token });
  expect(allowed.status()).toBe(200);
  expect(await allowed.json()).toMatchObject({ ok: true });
  await context.dispose();
});
