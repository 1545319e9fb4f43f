import { expect } from 'vitest';
import type { Finding, PersonalDataKind, ScanOptions } from '../../core/privacy/kinds';
import { residentIdCheckCharacter } from '../../core/privacy/resident-id';
import { scanText } from '../../core/privacy/scan';

/** Completes 17 digits with their GB 11643 check character: fictitious but valid IDs. */
export function validResidentId(first17: string): string {
  return first17 + residentIdCheckCharacter(first17);
}

/** Asserts `text` yields exactly the findings given as [kind, text] pairs, in order. */
export function expectFindings(
  text: string,
  expected: readonly (readonly [PersonalDataKind, string])[],
  options?: ScanOptions,
): Finding[] {
  const findings = scanText(text, options);
  expect(findings.map((finding) => [finding.kind, finding.text])).toEqual(expected);
  for (const finding of findings) expect(text.slice(finding.start, finding.end)).toBe(finding.text);
  return findings;
}
