import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from './protocol';

describe('typed message protocol', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('delivers a message to the handler of its type and returns its answer', async () => {
    const seen: number[] = [];
    onMessage('history.list', ({ limit }) => {
      seen.push(limit);
      return [{ at: '2026-11-28T00:00:00.000Z', site: 'cms.a.gov.cn', action: 'redacted' }];
    });
    onMessage('page.summary', () => {
      throw new Error('never called for another type');
    });
    await expect(sendMessage('history.list', { limit: 5 })).resolves.toEqual([
      expect.objectContaining({ action: 'redacted' }),
    ]);
    expect(seen).toEqual([5]);
  });

  it('ignores messages that are not the protocol’s', async () => {
    let called = false;
    onMessage('history.list', () => {
      called = true;
      return [];
    });
    fakeBrowser.runtime.onMessage.addListener(() => 'other');
    await fakeBrowser.runtime.sendMessage({ type: 'history.list' });
    expect(called).toBe(false);
  });

  it('stops answering once removed', async () => {
    const remove = onMessage('history.list', () => []);
    remove();
    await expect(sendMessage('history.list', { limit: 1 })).rejects.toThrow();
  });
});
