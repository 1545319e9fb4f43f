import type { HistoryEventInput } from '../services/protocol';

/** What every event of a page is enriched with: the decision's 文号 and agency, if shown. */
export type DecisionFacts = Pick<HistoryEventInput, 'documentNumber' | 'agency'>;

export interface HistoryQueueOptions {
  /** Reads the decision's facts from the page (a scan of the whole body: not cheap). */
  readonly facts: () => DecisionFacts;
  /** Hands events to the background, in order, as one message. */
  readonly send: (events: readonly HistoryEventInput[]) => void;
  /** Where to wait for idle time and to flush on `pagehide`. */
  readonly view: Window | null;
}

/**
 * The clerk's actions on their way to the publishing record. 全部脱敏 records a thousand
 * redactions in one click: they wait (`later`) until the page has shown the result and go in
 * one message, with the decision's facts read once for all of them, instead of a message and
 * a reading of the body each (a third of a second on a long document, spent before the clerk
 * saw anything). Any other action goes at once (`now`), after those still waiting, so the
 * record keeps the clerk's order and nothing waits when a publication unloads the page.
 *
 * Limit: events still waiting when the tab is killed (not closed or navigated: `pagehide`
 * flushes) are lost; they wait for one idle period, at most `IDLE_TIMEOUT_MS`.
 */
export class HistoryQueue {
  readonly #options: HistoryQueueOptions;
  #waiting: HistoryEventInput[] = [];
  #scheduled = false;
  readonly #onPageHide = () => this.flush();

  constructor(options: HistoryQueueOptions) {
    this.#options = options;
    options.view?.addEventListener('pagehide', this.#onPageHide);
  }

  /** Records one action now, after those still waiting. */
  now(event: HistoryEventInput): void {
    this.#waiting.push(event);
    this.flush();
  }

  /** Records actions once the page is idle (it has painted what they did). */
  later(events: readonly HistoryEventInput[]): void {
    if (events.length === 0) return;
    this.#waiting.push(...events);
    if (this.#scheduled) return;
    this.#scheduled = true;
    const view = this.#options.view;
    const flush = () => this.flush();
    if (typeof view?.requestIdleCallback === 'function') {
      view.requestIdleCallback(flush, { timeout: IDLE_TIMEOUT_MS });
    } else {
      setTimeout(flush, 0);
    }
  }

  /** Sends whatever waits, in one message. */
  flush(): void {
    this.#scheduled = false;
    if (this.#waiting.length === 0) return;
    const events = this.#waiting;
    this.#waiting = [];
    let facts: DecisionFacts = {};
    try {
      facts = this.#options.facts();
    } catch {
      // The 文号 is a convenience for the record; the events themselves must still be written.
    }
    this.#options.send(events.map((event) => ({ ...withoutEmpty(facts), ...event })));
  }

  /** Sends what waits and stops listening to the page. */
  stop(): void {
    this.flush();
    this.#options.view?.removeEventListener('pagehide', this.#onPageHide);
  }
}

/** The longest a batch waits for the page to be idle. */
export const IDLE_TIMEOUT_MS = 1000;

function withoutEmpty(facts: DecisionFacts): DecisionFacts {
  return {
    ...(facts.documentNumber ? { documentNumber: facts.documentNumber } : {}),
    ...(facts.agency ? { agency: facts.agency } : {}),
  };
}
