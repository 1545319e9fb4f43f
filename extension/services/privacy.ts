/**
 * The one door from the extension to the core privacy engine (core/privacy). Everything the
 * content script, the gate and the side panel need from it goes through here, so the engine
 * can change behind one module. Detection itself never lives in the extension.
 */
import {
  type Finding,
  maskFinding,
  normaliseForComparison,
  PersonalDataKind,
  RedactionStyle,
  redactText,
  type ScanOptions,
  scanText,
} from '../../core/privacy/index';

export type { Finding, ScanOptions };
export { PersonalDataKind, RedactionStyle };

/**
 * Scans one editing surface's text as it changes.
 *
 * Limit: until core/privacy exports its IncrementalScanner, each update scans the whole text;
 * the cost is linear in the document (measured by `npm run bench -- extension-keystroke`).
 */
export class SurfaceScanner {
  readonly #options: ScanOptions;
  #lastText: string | undefined;
  #lastFindings: Finding[] = [];

  constructor(options: ScanOptions = {}) {
    this.#options = options;
  }

  /** Findings for the surface's current text; the previous result when the text is unchanged. */
  update(text: string): Finding[] {
    if (text === this.#lastText) return this.#lastFindings;
    this.#lastText = text;
    this.#lastFindings = scanText(text, this.#options);
    return this.#lastFindings;
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
};
