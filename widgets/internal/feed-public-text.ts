import type { LoadedFeed } from './feed-source';
import { createPublicText, type PublicText } from './sanitize';

const byFeed = new WeakMap<LoadedFeed, PublicText>();
let withoutFeed: PublicText | undefined;

/**
 * The public-text filter for one feed. The agencies' own contact numbers (supervision
 * hotlines, consultation and complaint phones) are public by law and are allowed through;
 * everything else that looks personal is removed.
 */
export function publicTextFor(feed: LoadedFeed | undefined): PublicText {
  if (!feed) {
    withoutFeed ??= createPublicText();
    return withoutFeed;
  }
  let publicText = byFeed.get(feed);
  if (!publicText) {
    const allow: string[] = [];
    for (const agency of feed.agencies) {
      for (const channel of agency.supervision ?? []) allow.push(channel.value);
      for (const guide of agency.serviceGuides ?? []) {
        if (guide.consultationPhone) allow.push(guide.consultationPhone);
        if (guide.complaintPhone) allow.push(guide.complaintPhone);
      }
    }
    publicText = createPublicText(allow);
    byFeed.set(feed, publicText);
  }
  return publicText;
}
