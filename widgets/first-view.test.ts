import { describe, expect, it } from 'vitest';
import { ES_ENTRY, FIRST_VIEW_BUDGET_BYTES, firstView, WIDGET_TAGS } from './first-view';

// Runs on the built bundle (npm test builds it first), like the loader's tests. The same
// computation gives docs/BENCHMARKS.md its figures (npm run bench -- widget-bundle-size).
describe('the first view of a page with one tag (zh-CN, gzipped)', () => {
  it.each(WIDGET_TAGS)(`<%s> stays within ${FIRST_VIEW_BUDGET_BYTES / 1024} KiB`, (tag) => {
    const view = firstView(tag);
    expect(view.files[0]).toBe(ES_ENTRY);
    expect(view.files.some((file) => file.startsWith(`chunks/${tag}-`))).toBe(true);
    expect(
      view.bytes,
      `${view.bytes} B gzipped (${view.files.join(', ')}): over the budget; move code or strings into a lazy chunk`,
    ).toBeLessThanOrEqual(FIRST_VIEW_BUDGET_BYTES);
  });
});
