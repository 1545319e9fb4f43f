import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessage, sendMessage } from './protocol';

describe('typed message protocol', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('delivers a message to the handler of its type and returns its answer', async () => {
    const seen: string[] = [];
    onMessage('history.record', (event) => {
      seen.push(event.action);
      return undefined;
    });
    onMessage('assistant.start', () => true);
    onMessage('page.summary', () => {
      throw new Error('never called for another type');
    });
    await expect(sendMessage('assistant.start', undefined)).resolves.toBe(true);
    await expect(
      sendMessage('history.record', { site: 'cms.a.gov.cn', action: 'redacted' }),
    ).resolves.toBeUndefined();
    expect(seen).toEqual(['redacted']);
  });

  it('ignores messages that are not the protocol’s', async () => {
    let called = false;
    onMessage('assistant.start', () => {
      called = true;
      return true;
    });
    fakeBrowser.runtime.onMessage.addListener(() => 'other');
    await fakeBrowser.runtime.sendMessage({ type: 'assistant.start' });
    expect(called).toBe(false);
  });

  it('stops answering once removed', async () => {
    const remove = onMessage('assistant.start', () => true);
    remove();
    await expect(sendMessage('assistant.start', undefined)).rejects.toThrow();
  });
});
