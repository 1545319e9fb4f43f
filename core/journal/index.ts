export { canonicalJson } from './canonical-json';
export { entryHash, nextEntry } from './chain';
export {
  GENESIS_HASH,
  type JournalEntry,
  type JournalEntryInput,
  JournalEntryKind,
  type JsonValue,
} from './entry';
export {
  exportJournalCsv,
  exportJournalJson,
  JOURNAL_CSV_COLUMNS,
  JOURNAL_FORMAT,
  JOURNAL_VERSION,
  type JournalExport,
  JournalFormatError,
  parseJournalJson,
} from './export';
export { type DeskFigures, deskFigures, deskFiguresCsv, UNKNOWN_AGENCY } from './figures';
export {
  type EntryOrigin,
  type MergedEntry,
  type MergeInput,
  type MergeResult,
  mergeJournals,
  recordAgency,
} from './merge';
export { type PruneOptions, type PruneResult, pruneJournal } from './prune';
export { sha256Hex } from './sha256';
export {
  type JournalHead,
  type JournalProblem,
  JournalProblemCode,
  type VerifyOptions,
  type VerifyResult,
  verifyJournal,
} from './verify';
