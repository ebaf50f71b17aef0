// Layout assertions shared by the specs that check what a window of a given size shows.
import { expect, type Locator, type Page } from '@playwright/test';

/** Wholly on screen; `above` (the sticky step nav) must not cover it either. */
export async function expectInViewport(page: Page, locator: Locator, what: string, above?: Locator) {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  const limit = above ? (await above.boundingBox())!.y : viewport.height;
  expect(box, what).not.toBeNull();
  expect(box!.y >= 0, `${what}: top within the window`).toBe(true);
  expect(box!.y + box!.height, `${what}: bottom within the window`).toBeLessThanOrEqual(limit);
  expect(box!.x + box!.width, `${what}: right edge within the window`).toBeLessThanOrEqual(viewport.width);
}
