/**
 * The one door from the extension to the core privacy engine (core/privacy). Everything the
 * content script, the gate and the side panel need from it goes through here, so the engine
 * can change behind one module. Detection itself never lives in the extension.
 */
import {
  CELL_SEPARATOR,
  type Finding,
  IncrementalScanner,
  isBoldStyle,
  layoutTable,
  type MarkupCell,
  maskFinding,
  normaliseForComparison,
  PersonalDataKind,
  RedactionStyle,
  redactText,
  type ScanOptions,
  scanText,
  termPrefix,
} from '../../core/privacy/index';

export type { Finding, MarkupCell, ScanOptions };
// The table layout (label cell → `label：value`, header rows, U+2063 between cells) goes out
// too: the editor's DOM is read the way the engine reads HTML (content/table-layout.ts), so a
// finding in an editor is the one the engine finds in the HTML the CMS saves.
export { CELL_SEPARATOR, isBoldStyle, layoutTable, PersonalDataKind, RedactionStyle, termPrefix };

/**
 * Scans one editing surface's text as it changes: the engine's IncrementalScanner, whose
 * cost follows the edited paragraph rather than the document.
 */
export class SurfaceScanner {
  readonly #scanner: IncrementalScanner;

  constructor(options: ScanOptions = {}) {
    this.#scanner = new IncrementalScanner(options);
  }

  /** Findings for the surface's current text, identical to a full scanText(). */
  update(text: string): Finding[] {
    return this.#scanner.update(text);
  }
}

/** Findings in a text, for one-off checks (form fields at publish time, the side panel). */
export function scanForPersonalData(text: string, options: ScanOptions = {}): Finding[] {
  return scanText(text, options);
}

/**
 * The key under which a value is ignored or allowed: the engine's own comparable form, so
 * `138-0830-1234` and `13808301234` are one decision.
 */
export function comparableValue(text: string): string {
  return normaliseForComparison(text);
}

/** A text safe to show outside the page (side panel, history): every finding deleted. */
export function redactedForDisplay(text: string, options: ScanOptions = {}): string {
  return redactText(text, { ...options, style: RedactionStyle.public });
}

/** The text that replaces a finding in the editor. */
export function replacementFor(finding: Finding, style: RedactionStyle): string {
  return maskFinding(finding, style);
}

/**
 * What the panel shows for a finding: always the staff-style partial mask, never the raw
 * value, so a screen share or a screenshot of the panel leaks nothing.
 */
export function maskedPreview(finding: Finding): string {
  return maskFinding(finding, RedactionStyle.staff);
}

/** Chinese names of the kinds, for the panel, the dialog and the side panel. */
export const KIND_LABELS: Record<PersonalDataKind, string> = {
  [PersonalDataKind.residentId]: '身份证号',
  [PersonalDataKind.mobile]: '手机号',
  [PersonalDataKind.landline]: '固定电话',
  [PersonalDataKind.address]: '住址',
  [PersonalDataKind.bankCard]: '银行账号',
  [PersonalDataKind.email]: '电子邮箱',
  [PersonalDataKind.passport]: '护照号',
  [PersonalDataKind.travelPermit]: '通行证号',
  [PersonalDataKind.plate]: '车牌号',
  [PersonalDataKind.name]: '姓名',
  [PersonalDataKind.minor]: '未成年人',
};
