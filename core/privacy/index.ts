export { isRealDate } from '../identifiers/resident-id';
export { COUNTY_LEVEL_SUFFIXES, countyPrefixLength } from './address';
export { luhnValid } from './bank-card';
export {
  INLINE_ELEMENTS,
  projectHtml,
  redactHtml,
  scanAndRedactHtml,
  scanHtml,
  TEXT_ATTRIBUTES,
  type TextProjection,
} from './html';
export { type HtmlAttribute, type HtmlToken, HtmlTokenKind, tokenizeHtml } from './html-tokenizer';
export { IncrementalScanner } from './incremental';
export {
  type Finding,
  PersonalDataKind,
  RedactionStyle,
  type RedactOptions,
  type ScanOptions,
} from './kinds';
export { LabelCategory } from './labels';
export { maskFinding, STAFF_MASK_KEEP } from './mask';
export {
  isMaskedOnly,
  MASK_CHARACTER,
  NAME_MASK_CHARACTER,
  PUBLIC_PLACEHOLDER,
} from './placeholders';
export {
  type DocumentReading,
  type MinorParty,
  readDocument,
} from './reading/document-reading';
export { NO_READING } from './reading/no-reading';
export {
  CELL_SEPARATOR,
  isBoldStyle,
  layoutTable,
  type MarkupCell,
  termPrefix,
} from './reading/table-layout';
export { reasonText } from './reason-text';
export type { Reason } from './reasons';
export {
  applyRedactions,
  type CountedRedaction,
  redactText,
  redactTextCounted,
  redactTextWith,
} from './redact';
export { readResidentId18, residentIdCheckCharacter } from './resident-id';
export { normaliseForComparison, scanText, scanTextWith } from './scan';
