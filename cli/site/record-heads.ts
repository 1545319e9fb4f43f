import type { Feed, RecordsFeed } from '../../core/feed/feed';
import { type JournalProblem, recordAgency, verifyJournal } from '../../core/journal/index';
import type { AgencyProfile } from '../../core/records/index';
import { readJournalFile } from '../internal/journal-file';

/** What an agency record given to `gongshi build --record` came to. */
export type RecordHeadResult =
  | { readonly ok: true; readonly feed: RecordsFeed; readonly notes: readonly string[] }
  | { readonly ok: false; readonly unusable: boolean; readonly messages: readonly string[] };

function describe(file: string, problem: JournalProblem): string {
  return `${file}: [${problem.code}] ${problem.message}\n    ${problem.messageEn}`;
}

/**
 * Puts each agency record's head (gongshi merge-log) on its agency's profile in the feed, so
 * the portal publishes it and `verify-log --heads` can later check the record against it.
 * A record must verify, and must still hold the head the site published before (`previous`):
 * a record rewritten since is refused, and nothing is built.
 */
export async function withRecordHeads(
  feed: RecordsFeed,
  files: readonly string[],
  previous: Feed | undefined,
  today: string,
): Promise<RecordHeadResult> {
  const notes: string[] = [];
  let agencies: AgencyProfile[] = [...(feed.agencies ?? [])];
  for (const file of files) {
    const exported = await readJournalFile(file);
    if (exported instanceof Error)
      return { ok: false, unusable: true, messages: [exported.message] };
    const agency = recordAgency(exported.entries);
    const published = previous?.agencies?.find((profile) => profile.name === agency)?.recordHead;
    const result = verifyJournal(exported.entries, {
      ...(exported.head ? { expectedHead: exported.head } : {}),
      ...(published
        ? {
            publishedHeads: [
              { seq: published.seq, hash: published.hash, where: published.published ?? '' },
            ],
          }
        : {}),
    });
    if (!result.ok) {
      return {
        ok: false,
        unusable: false,
        messages: result.problems.map((problem) => describe(file, problem)),
      };
    }
    const index = agencies.findIndex((profile) => profile.name === agency);
    if (!agency || index < 0 || !result.head) {
      notes.push(
        `${file}: 记录所属机关“${agency ?? '（未注明）'}”不在执法主体清单中，未公布其记录头。/ the record's agency "${agency ?? '(none)'}" has no profile in the sources; its head is not published.`,
      );
      continue;
    }
    const head = result.head;
    const current = agencies[index]!;
    // Unchanged since the last build: keep the date it was first published.
    const date =
      current.recordHead?.seq === head.seq && current.recordHead.hash === head.hash
        ? (current.recordHead.published ?? today)
        : today;
    agencies = agencies.map((profile, k) =>
      k === index
        ? { ...profile, recordHead: { seq: head.seq, hash: head.hash, published: date } }
        : profile,
    );
  }
  return { ok: true, feed: files.length > 0 ? { ...feed, agencies } : feed, notes };
}
