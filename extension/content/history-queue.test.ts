import { describe, expect, it } from 'vitest';
import type { HistoryEventInput } from '../services/protocol';
import { HistoryQueue } from './history-queue';

const redacted = (position: number): HistoryEventInput => ({
  site: 'cms.a.gov.cn',
  action: 'redacted',
  kind: 'mobile',
  position,
  value: '13908301234',
});

/** A page whose idle callbacks and `pagehide` the test runs itself. */
function setup(facts: () => { documentNumber?: string; agency?: string } = () => ({})) {
  const idle: Array<() => void> = [];
  const listeners = new Map<string, () => void>();
  const view = {
    requestIdleCallback: (callback: () => void) => idle.push(callback),
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  } as unknown as Window;
  const sent: HistoryEventInput[][] = [];
  let readings = 0;
  const queue = new HistoryQueue({
    view,
    facts: () => {
      readings++;
      return facts();
    },
    send: (events) => sent.push([...events]),
  });
  return {
    queue,
    sent,
    readings: () => readings,
    idle: () => {
      for (const callback of idle.splice(0)) callback();
    },
    pagehide: () => listeners.get('pagehide')?.(),
  };
}

describe('HistoryQueue', () => {
  it('sends a click’s thousand redactions once the page is idle, in one message, read once', () => {
    const page = setup(() => ({ documentNumber: '示市监罚〔2026〕15号', agency: '' }));
    page.queue.later(Array.from({ length: 1000 }, (_, index) => redacted(index)));
    expect(page.sent).toEqual([]);
    page.idle();
    expect(page.sent).toHaveLength(1);
    expect(page.sent[0]).toHaveLength(1000);
    expect(page.readings()).toBe(1);
    // The 文号 the page shows goes with every event; an empty agency name does not.
    expect(page.sent[0]![999]).toEqual({
      documentNumber: '示市监罚〔2026〕15号',
      ...redacted(999),
    });
  });

  it('sends an action at once, after what still waits: the record keeps the clerk’s order', () => {
    const page = setup();
    page.queue.later([redacted(1), redacted(2)]);
    page.queue.now({ site: 'cms.a.gov.cn', action: 'published-clean', count: 0 });
    expect(page.sent.map((events) => events.map((event) => event.action))).toEqual([
      ['redacted', 'redacted', 'published-clean'],
    ]);
    page.idle();
    expect(page.sent).toHaveLength(1);
  });

  it('sends what waits when the page is left, and when the assistant stops', () => {
    const page = setup();
    page.queue.later([redacted(1)]);
    page.pagehide();
    page.queue.later([redacted(2)]);
    page.queue.stop();
    expect(page.sent.map((events) => events.map((event) => event.position))).toEqual([[1], [2]]);
  });

  it('still sends the events when the page cannot be read', () => {
    const page = setup(() => {
      throw new Error('no body');
    });
    page.queue.now(redacted(1));
    expect(page.sent).toEqual([[redacted(1)]]);
  });
});
