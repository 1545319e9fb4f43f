import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedLoadError, type FeedParser, LoadedFeed, type ShardNeed } from './feed-source';

export const FeedStatus = {
  /** No `src` and no inline feed: the fallback markup stays. */
  idle: 'idle',
  loading: 'loading',
  ready: 'ready',
  error: 'error',
} as const;
export type FeedStatus = (typeof FeedStatus)[keyof typeof FeedStatus];

/**
 * Loads a widget's feed from its `src` or from an inline `<script type="application/json">`
 * child. A new `src` aborts the request in flight, so a quick sequence of changes never
 * shows a stale feed; removing the widget aborts too.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = FeedStatus.idle;
  feed: LoadedFeed | undefined;
  error: FeedLoadError | undefined;
  private abort: AbortController | undefined;
  private src: string | undefined;
  private ensuring = false;

  /** Whether shards are being fetched right now. */
  get loadingShards(): boolean {
    return this.ensuring;
  }

  /**
   * `parse` is parseFeed for a widget that shows agencies, parseListingFeed for one that
   * lists records only (their first view then does without the agencies' spec).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parse: FeedParser,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved in the DOM while loading: the disconnect aborted the request, so start again.
    if (this.status === FeedStatus.loading && this.abort?.signal.aborted) this.load(this.src);
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Starts loading `src`, or the inline feed when `src` is empty. */
  load(src: string | undefined): void {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.src = src || undefined;
    this.error = undefined;
    const inline = this.src
      ? undefined
      : this.host.querySelector(':scope > script[type="application/json"]')?.textContent;
    if (!this.src && inline == null) {
      // A classic script in <head> upgrades the tag before its children are parsed: look
      // for the inline feed again once the document is in.
      if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', () => this.load(src), { once: true });
      }
      this.status = FeedStatus.idle;
      this.feed = undefined;
      this.host.requestUpdate();
      return;
    }
    this.status = FeedStatus.loading;
    this.host.requestUpdate();
    void this.run(abort, async () =>
      this.src
        ? LoadedFeed.fromUrl(this.src, abort.signal, this.parse)
        : LoadedFeed.fromText(inline ?? '', this.parse),
    );
  }

  /** Loads more shards of an index feed for the current view; re-renders when some arrive. */
  ensure(need: ShardNeed): void {
    const feed = this.feed;
    const abort = this.abort;
    if (this.ensuring || !feed || !abort || feed.pendingShards(need).length === 0) return;
    // One batch at a time: the re-render after it asks again if the view still needs more.
    this.ensuring = true;
    this.host.requestUpdate();
    void feed
      .ensure(need, abort.signal)
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => {
        this.ensuring = false;
        if (!abort.signal.aborted) this.host.requestUpdate();
      });
  }

  private async run(abort: AbortController, open: () => Promise<LoadedFeed>): Promise<void> {
    try {
      const feed = await open();
      if (abort.signal.aborted) return;
      this.feed = feed;
      this.status = FeedStatus.ready;
    } catch (error) {
      if (abort.signal.aborted) return;
      // Logged for the webmaster; the visitor sees a plain message and the fallback markup.
      console.warn(`<${this.host.localName}>`, error);
      this.error =
        error instanceof FeedLoadError
          ? error
          : new FeedLoadError('feed.unavailable', [], String(error));
      this.feed = undefined;
      this.status = FeedStatus.error;
    }
    this.host.requestUpdate();
  }
}
