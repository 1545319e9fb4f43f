import { scanText } from '../../privacy/scan';

/**
 * The old values a correction may show (Correction.previous), keyed by field: only those
 * in which the privacy engine finds no personal data, and never one `isPrivate` names (a
 * natural person's own name corrected to 张某). A correction that removed personal data must
 * not publish it again through its history (decision-record.ts). Undefined when nothing may
 * be shown.
 *
 * @example previousValues({ 'amounts.fine': '2万元' }) // { 'amounts.fine': '2万元' }
 */
export function previousValues(
  values: Readonly<Record<string, string | undefined>>,
  isPrivate: (field: string) => boolean = () => false,
): Record<string, string> | undefined {
  const shown: Record<string, string> = {};
  for (const [field, value] of Object.entries(values)) {
    if (value === undefined || value === '' || isPrivate(field)) continue;
    // A minor's decision is its own rule; any other finding keeps the value out.
    const findings = scanText(value).filter((finding) => finding.kind !== 'minor');
    if (findings.length === 0) shown[field] = value;
  }
  return Object.keys(shown).length > 0 ? shown : undefined;
}
