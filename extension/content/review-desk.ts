import type { AgencyProfile, DecisionRecord } from '../../core/records/index';
import type { ReviewGateResult } from '../../core/review/index';
import {
  agencyProfilesItem,
  legalReviewsItem,
  type ReviewFile,
  reviewKey,
  reviewStatus,
  saveReviewFile,
} from '../services/legal-review';
import type { HistoryEventInput } from '../services/protocol';
import { settingsItem } from '../services/settings';

export interface ReviewState {
  readonly record: DecisionRecord;
  readonly file: ReviewFile;
  readonly status: ReviewGateResult;
  /** The organisation's reviewers (settings): the reviewer is chosen from them when set. */
  readonly roster: readonly string[];
}

/**
 * The legal-review step as the publish gate sees it: the record on the page (read by
 * `readRecord`), its stored review file and the verdict under the clerk's policy profile.
 * Files and settings are kept in memory and followed as they change, so the gate can decide
 * synchronously inside a click handler.
 */
export class ReviewDesk {
  readonly #host: string;
  readonly #readRecord: () => DecisionRecord;
  readonly #record: (event: HistoryEventInput) => void;
  #files: Record<string, ReviewFile> = {};
  #profileId: string | undefined;
  #roster: readonly string[] = [];
  /** Agencies whose 重大执法决定法制审核目录清单 is configured (legal-review.ts). */
  #agencies: readonly AgencyProfile[] = [];

  constructor(
    host: string,
    readRecord: () => DecisionRecord,
    record: (event: HistoryEventInput) => void,
  ) {
    this.#host = host;
    this.#readRecord = readRecord;
    this.#record = record;
  }

  async start(): Promise<() => void> {
    const [files, settings, agencies] = await Promise.all([
      legalReviewsItem.getValue(),
      settingsItem.getValue(),
      agencyProfilesItem.getValue(),
    ]);
    this.#files = files;
    this.#agencies = agencies;
    this.#profileId = settings.policyProfile;
    this.#roster = settings.reviewerRoster ?? [];
    const unwatchFiles = legalReviewsItem.watch((next) => {
      this.#files = next ?? {};
    });
    const unwatchSettings = settingsItem.watch((next) => {
      this.#profileId = next?.policyProfile;
      this.#roster = next?.reviewerRoster ?? [];
    });
    const unwatchAgencies = agencyProfilesItem.watch((next) => {
      this.#agencies = next ?? [];
    });
    return () => {
      unwatchFiles();
      unwatchSettings();
      unwatchAgencies();
    };
  }

  current(): ReviewState {
    const record = this.#readRecord();
    const file = this.#files[reviewKey(this.#host, record)] ?? {};
    // With a roster, a review by anyone outside it does not let the decision out (as in the
    // side panel): a name typed before the roster was set, or edited in storage.
    const roster = this.#roster;
    return {
      record,
      file,
      roster,
      status: reviewStatus(record, file, this.#profileId, roster, this.#agencies),
    };
  }

  /** Stores the clerk's entry and, when it holds an opinion, records it in the log. */
  async save(file: ReviewFile): Promise<ReviewState> {
    const record = this.#readRecord();
    const saved = await saveReviewFile(this.#host, record, file);
    this.#files = { ...this.#files, [reviewKey(this.#host, record)]: saved };
    if (file.review) {
      this.#record({
        site: this.#host,
        action: 'review-recorded',
        details: {
          opinion: file.review.opinion,
          reviewer: file.review.reviewer,
          date: file.review.date,
        },
      });
    }
    return this.current();
  }
}
