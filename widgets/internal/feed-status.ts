import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../core/i18n/index';
import type { CommonMessages } from './common.messages';
import { type FeedController, FeedStatus } from './feed-controller';
import { publicTextFor } from './feed-public-text';
import { FeedFailure } from './feed-source';
import { formatDateTime } from './format-date';
import type { PublicText } from './sanitize';

/**
 * The feed's state around a widget's content: loading, the error (with the fallback markup
 * still shown), the cached-copy notice and the count of skipped records. Returns `undefined`
 * when the widget should render its content below these notices.
 */
export function renderFeedState(
  controller: FeedController,
  messages: CommonMessages,
  fallback: TemplateResult,
  publicText: PublicText,
): TemplateResult | undefined {
  if (controller.status === FeedStatus.idle) return fallback;
  if (controller.status === FeedStatus.loading) {
    // role=status: announced politely once, without stealing focus.
    return html`<p role="status" part="status" class="muted">${messages.loading}</p>`;
  }
  if (controller.status === FeedStatus.error) {
    const error = controller.error;
    // A newer feed is readable by a newer Gongshi: say so where the webmaster looks first.
    const newer = error?.problems.find((problem) => problem.code === 'feed.newer-version');
    const text =
      error?.code !== FeedFailure.unreadable
        ? messages.unavailable
        : newer
          ? messages.newerVersion || newer.message
          : messages.unreadable;
    // Templates here are written without indentation inside: this code is in every widget's
    // first view, and whitespace between block elements renders nothing.
    return html`<div part="error" role="alert"><p>${text}</p>${renderProblems(error?.problems ?? [], messages, publicText)}</div>${fallback}`;
  }
  return undefined;
}

/** Notices shown above the content once the feed is in. */
export function renderFeedNotices(
  controller: FeedController,
  locale: Locale,
  messages: CommonMessages,
  publicText: PublicText,
): TemplateResult {
  const feed = controller.feed;
  if (!feed) return html``;
  // The count is of records not shown, not of problems: one broken record may carry twenty.
  return html`${
    feed.cachedAt
      ? html`<p class="notice" part="notice" role="status">${messages.cachedCopy(formatDateTime(feed.cachedAt, locale))}</p>`
      : nothing
  }${
    feed.problems.length > 0
      ? html`<div class="notice" part="notice problems">${
          feed.skippedRecords > 0 ? html`<p>${messages.problems(feed.skippedRecords)}</p>` : nothing
        }${renderProblems(feed.problems, messages, publicText)}</div>`
      : nothing
  }`;
}

function renderProblems(
  problems: readonly { path: string; message: string; messageEn: string }[],
  messages: CommonMessages,
  publicText: PublicText,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  // Problem messages come from core's parser but may quote feed values: they go through the
  // privacy engine like any feed string, and text bindings keep markup inert. Capped so a broken 10,000-record file stays readable.
  return html`<details><summary>${messages.problemDetails}</summary><ul>${problems
    .slice(0, 50)
    .map(
      (problem) =>
        html`<li><code>${publicText(problem.path)}</code>: ${publicText(messages.english ? problem.messageEn : problem.message)}</li>`,
    )}</ul></details>`;
}

/**
 * The frame every feed widget renders: its heading, then the feed's loading or error state,
 * or the notices and the widget's own body. The body gets the privacy engine's public text
 * function for this feed, so no feed string reaches the page unredacted.
 */
export function renderFeedFrame(frame: {
  readonly controller: FeedController;
  readonly locale: Locale;
  readonly messages: CommonMessages;
  readonly fallback: TemplateResult;
  readonly heading: string;
  readonly body: (publicText: PublicText) => TemplateResult;
}): TemplateResult {
  const publicText = publicTextFor(frame.controller.feed);
  const state = renderFeedState(frame.controller, frame.messages, frame.fallback, publicText);
  return html`<section part="base" aria-labelledby="title"><h2 part="title" id="title">${frame.heading}</h2>${
    state ??
    html`${renderFeedNotices(frame.controller, frame.locale, frame.messages, publicText)}${frame.body(publicText)}`
  }</section>`;
}
