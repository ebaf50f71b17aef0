// Layout assertions shared by the specs that check what a window shows: on screen, and diagram labels.
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

/** Smallest rendered font size (px) of the diagram's texts, and pairs of texts or text and lane that touch. */
export async function diagramGeometry(page: Page): Promise<{ minFontPx: number; touching: string[] }> {
  return page.getByTestId('path-diagram').evaluate((figure) => {
    const svg = figure.querySelector('svg')!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll('text')];
    const minFontPx = Math.min(...texts.map((text) => parseFloat(getComputedStyle(text).fontSize) * scale));
    const boxes = texts.map((text) => ({ name: text.textContent ?? '', box: text.getBoundingClientRect() }));
    const lanes = [...svg.querySelectorAll('path.diagram-lane')].map((lane) => ({
      name: `lane ${lane.getAttribute('data-testid') ?? ''}`,
      box: lane.getBoundingClientRect(),
    }));
    const overlap = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const touching: string[] = [];
    boxes.forEach((a, index) => {
      for (const b of [...boxes.slice(index + 1), ...lanes])
        if (overlap(a.box, b.box)) touching.push(`${a.name} / ${b.name}`);
    });
    return { minFontPx, touching };
  });
}
