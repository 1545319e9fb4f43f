/**
 * What the publishing desk records (执法全过程记录, "留痕、可回溯"): every check, finding
 * resolution, redaction, override, legal-review opinion and publication.
 */
export const JournalEntryKind = {
  check: 'check',
  findingResolution: 'finding-resolution',
  redaction: 'redaction',
  override: 'override',
  reviewOpinion: 'review-opinion',
  publication: 'publication',
  /** Written when older entries are pruned; anchors the chain that remains. */
  checkpoint: 'checkpoint',
} as const;
export type JournalEntryKind = (typeof JournalEntryKind)[keyof typeof JournalEntryKind];

/** A JSON value: entries hold only data that survives a JSON round trip unchanged. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * What a caller records. Never original personal data: kinds, counts, hashes and masked
 * previews only (the extension builds details from findings with `maskFinding`).
 */
export interface JournalEntryInput {
  readonly kind: JournalEntryKind;
  /** ISO 8601 time of the event. */
  readonly at: string;
  /** The CMS host the event happened on, e.g. `cms.example.gov.cn`. */
  readonly site: string;
  /** The decision's 文号 when known. */
  readonly documentNumber?: string;
  /** The enforcing agency when known (for the yearly figures per agency). */
  readonly agency?: string;
  /** The operator name set in the extension's settings. */
  readonly operator: string;
  readonly details: { readonly [key: string]: JsonValue };
}

/** An entry as stored: numbered and linked to the previous one by its hash. */
export interface JournalEntry extends JournalEntryInput {
  /** 1 for the first entry ever written; consecutive, never reused (pruning keeps numbers). */
  readonly seq: number;
  /** `hash` of the previous entry; GENESIS_HASH for seq 1. */
  readonly prevHash: string;
  /** SHA-256 (hex) of the entry's canonical JSON without `hash`. */
  readonly hash: string;
}

/** The previous-hash of the very first entry. */
export const GENESIS_HASH = '0'.repeat(64);
