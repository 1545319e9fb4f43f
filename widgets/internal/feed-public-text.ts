import { loadedReader, type Reader } from './document-reader';
import type { LoadedFeed } from './feed-source';
import { createPublicText, type PublicText } from './sanitize';

const byFeed = new WeakMap<LoadedFeed, { read: Reader | undefined; publicText: PublicText }>();
let withoutFeed: PublicText | undefined;

/**
 * The public-text filter for one feed. The agencies' own contact numbers (supervision
 * hotlines, consultation and complaint phones) are public by law and are allowed through;
 * everything else that looks personal is removed. Once the reading layer is loaded, a new
 * filter reads each string as a document (and remembers nothing read without it).
 */
export function publicTextFor(feed: LoadedFeed | undefined): PublicText {
  if (!feed) {
    withoutFeed ??= createPublicText();
    return withoutFeed;
  }
  const read = loadedReader();
  let entry = byFeed.get(feed);
  if (!entry || entry.read !== read) {
    const allow: string[] = [];
    for (const agency of feed.agencies) {
      for (const channel of agency.supervision ?? []) allow.push(channel.value);
      for (const guide of agency.serviceGuides ?? []) {
        if (guide.consultationPhone) allow.push(guide.consultationPhone);
        if (guide.complaintPhone) allow.push(guide.complaintPhone);
      }
    }
    entry = { read, publicText: createPublicText(allow, read) };
    byFeed.set(feed, entry);
  }
  return entry.publicText;
}
