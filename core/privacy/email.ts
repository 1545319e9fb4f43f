import type { TextDetector } from './internal/run-detector';
import { PersonalDataKind } from './kinds';
import { LabelCategory } from './labels';

/**
 * Email addresses (RFC 5321 dot-atom subset): local part of letters, digits and . _ % + -,
 * then @ (or full-width ＠), then a domain with at least one dot and a 2+ letter TLD.
 * Public: government addresses (.gov.cn) and those labelled as the agency's channel (监督邮箱).
 */
export const EMAIL_PUBLIC_DOMAIN_SUFFIXES = ['.gov.cn'] as const;

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A domain's characters: letters, digits and -. */
function isDomainChar(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isLetter(code) || code === 0x2d;
}

/** A local part's: a domain's, and . _ % +. */
function isLocalChar(code: number): boolean {
  return isDomainChar(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b;
}

export const matchEmail: TextDetector = (text, at, from, to, state) => {
  let start = at;
  while (start > from && isLocalChar(text.charCodeAt(start - 1))) start--;
  while (start < at && text.charCodeAt(start) === 0x2e) start++;
  if (start === at) return undefined;
  // Domain: labels separated by single dots; the last label is the TLD.
  let end = at + 1;
  let lastDot = -1;
  let labelLength = 0;
  while (end < to) {
    const code = text.charCodeAt(end);
    if (isDomainChar(code)) {
      labelLength++;
      end++;
    } else if (
      code === 0x2e &&
      labelLength > 0 &&
      end + 1 < to &&
      isDomainChar(text.charCodeAt(end + 1))
    ) {
      lastDot = end;
      labelLength = 0;
      end++;
    } else break;
  }
  if (lastDot < 0) return undefined;
  // The TLD is letters: example.com510502… is an address glued to a number.
  let tld = lastDot + 1;
  while (tld < end && isLetter(text.charCodeAt(tld))) tld++;
  if (tld - lastDot - 1 < 2) return undefined;
  end = tld;
  const domain = text.slice(at + 1, end).toLowerCase();
  if (EMAIL_PUBLIC_DOMAIN_SUFFIXES.some((suffix) => domain.endsWith(suffix)))
    return { resume: end };
  if (state.labelBefore(start)?.value === LabelCategory.publicEmail) return { resume: end };
  return {
    resume: end,
    findings: [{ kind: PersonalDataKind.email, start, end, confidence: 0.95, reason: 'email' }],
  };
};
