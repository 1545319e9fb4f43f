import type { RecordsFeed } from '../../core/feed/feed';
import { parseFeed } from '../../core/feed/parse-feed';
import { readBytes } from './files';

/**
 * The records feed in `file`, or an Error whose message names the file and why it cannot be
 * used: unreadable, not a valid feed (its first problem), or an index feed (`indexHint` says
 * what to give instead).
 */
export async function readRecordsFeed(
  file: string,
  indexHint: string,
): Promise<RecordsFeed | Error> {
  const bytes = await readBytes(file);
  if (bytes instanceof Error) return bytes;
  const { feed, problems } = parseFeed(new TextDecoder().decode(bytes));
  if (feed?.kind === 'records') return feed;
  const first = problems[0];
  return new Error(`${file}: ${first ? `${first.message} / ${first.messageEn}` : indexHint}`);
}
