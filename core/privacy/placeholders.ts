/** What public-style redaction writes in place of deleted data (DOMAIN §4: fixed placeholder). */
export const PUBLIC_PLACEHOLDER = '【已脱敏】';
/** The character staff-style masks use (138****5678, Hutool DesensitizedUtil convention). */
export const MASK_CHARACTER = '*';
/** 法释〔2016〕19号: protected names become the surname + 某 (张某, 张某某). */
export const NAME_MASK_CHARACTER = '某';

/** What masks leave behind: *, ×, 某, X, ○ and spaces. */
const MASKED_CHARACTERS = '*＊×某xX○〇 \u3000\u00a0\t\n';

/** True when `text` holds nothing but placeholders and mask characters: already redacted. */
export function isMaskedOnly(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    if (text.startsWith(PUBLIC_PLACEHOLDER, i)) i += PUBLIC_PLACEHOLDER.length;
    else if (MASKED_CHARACTERS.includes(text[i]!)) i++;
    else return false;
  }
  return true;
}
