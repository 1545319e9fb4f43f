import { browser } from 'wxt/browser';
import type { HistoryAction } from './history-types';

/** A finding as it may leave the page: kind, position and masked preview, never the value. */
export interface PageFindingSummary {
  readonly id: string;
  readonly kind: string;
  readonly kindLabel: string;
  readonly preview: string;
  readonly surface: string;
  readonly start: number;
  readonly status: 'open' | 'ignored';
}

/** What the side panel shows about the page in the active tab. */
export interface PageSummary {
  readonly url: string;
  readonly host: string;
  readonly surfaces: number;
  readonly findings: readonly PageFindingSummary[];
  /** The form fields of the record being published (title, category, dates…), redacted. */
  readonly record: Readonly<Record<string, string>>;
  /** The body's text (the largest surface), every finding deleted. */
  readonly body: string;
  /**
   * Set when the page holds a decision on a minor (never published): the engine's reason,
   * which names no one. Also after a redaction removed the evidence from the body.
   */
  readonly minor?: string;
}

export interface HistoryEventInput {
  readonly site: string;
  readonly action: HistoryAction;
  readonly kind?: string;
  readonly preview?: string;
  readonly position?: number;
  /** Hashed with a per-install salt in the background, then dropped: never stored. */
  readonly value?: string;
  /** The clerk's written reason (ignore, publish anyway). */
  readonly reason?: string;
  /** How many findings were open (blocked, published anyway). */
  readonly count?: number;
  /** The decision's 文号 and agency, when the page shows them (for the record and its figures). */
  readonly documentNumber?: string;
  readonly agency?: string;
  /** Further facts for the record: review opinion, reviewer, date, what blocked a publish. */
  readonly details?: Readonly<Record<string, string | number | boolean>>;
}

/**
 * Every message the extension's parts exchange, with its data and its answer. Adding a
 * message means adding a line here; senders and handlers are then type-checked against it.
 */
export interface ProtocolMap {
  /** sentinel → background: this frame has an editor, inject the assistant into it. */
  'assistant.start': { data: undefined; result: boolean };
  /** content → background: one clerk action, appended to the publishing record. */
  'history.record': { data: HistoryEventInput; result: undefined };
  /** content → background: clerk actions of one click (全部脱敏), appended in this order. */
  'history.recordMany': { data: readonly HistoryEventInput[]; result: undefined };
  /** side panel → content script (top frame of the active tab). */
  'page.summary': { data: undefined; result: PageSummary };
  /** side panel → content script: redact everything still open on the page. */
  'page.redactAll': { data: undefined; result: { redacted: number; remaining: number } };
}

export type MessageType = keyof ProtocolMap;
type Data<K extends MessageType> = ProtocolMap[K]['data'];
type Result<K extends MessageType> = ProtocolMap[K]['result'];

interface Envelope<K extends MessageType = MessageType> {
  readonly protocol: 'gongshi/1';
  readonly type: K;
  readonly data: Data<K>;
}

function envelope<K extends MessageType>(type: K, data: Data<K>): Envelope<K> {
  return { protocol: 'gongshi/1', type, data };
}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { protocol?: unknown }).protocol === 'gongshi/1'
  );
}

/** Sends to the extension's own pages and background. */
export async function sendMessage<K extends MessageType>(
  type: K,
  data: Data<K>,
): Promise<Result<K>> {
  return (await browser.runtime.sendMessage(envelope(type, data))) as Result<K>;
}

/** Sends to the content script in one tab's top frame. */
export async function sendTabMessage<K extends MessageType>(
  tabId: number,
  type: K,
  data: Data<K>,
): Promise<Result<K>> {
  return (await browser.tabs.sendMessage(tabId, envelope(type, data), { frameId: 0 })) as Result<K>;
}

export interface Sender {
  readonly tabId?: number;
  readonly frameId?: number;
  readonly url?: string;
}

/**
 * Answers one message type. Returns the function that removes the handler.
 *
 * Answers through `sendResponse` + `return true`, which every browser supports, and also
 * returns the promise for runtimes that take one (WXT's fakeBrowser in unit tests).
 */
export function onMessage<K extends MessageType>(
  type: K,
  handler: (data: Data<K>, sender: Sender) => Result<K> | Promise<Result<K>>,
): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number }; frameId?: number; url?: string },
    sendResponse?: (response: unknown) => void,
  ): true | Promise<unknown> | undefined => {
    if (!isEnvelope(message) || message.type !== type) return undefined;
    const answer = Promise.resolve().then(() =>
      handler(message.data as Data<K>, {
        tabId: sender.tab?.id,
        frameId: sender.frameId,
        url: sender.url,
      }),
    );
    if (typeof sendResponse === 'function') {
      answer.then(sendResponse, (error: unknown) => {
        console.error(`Gongshi: ${type} failed`, error);
        sendResponse(undefined);
      });
      return true;
    }
    return answer;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
