/** What public-style redaction writes in place of deleted data (DOMAIN §4: fixed placeholder). */
export const PUBLIC_PLACEHOLDER = '【已脱敏】';
/** The character staff-style masks use (138****5678, Hutool DesensitizedUtil convention). */
export const MASK_CHARACTER = '*';
/** 法释〔2016〕19号: protected names become the surname + 某 (张某, 张某某). */
export const NAME_MASK_CHARACTER = '某';

/** What a name masked by hand or by redaction holds after its surname: 张某, 张**, 张××, 张○○. */
export const NAME_MASK_CHARACTERS = '某*＊×○〇';

const NAME_MASK_TABLE = new Uint8Array(65536);
for (const ch of NAME_MASK_CHARACTERS) NAME_MASK_TABLE[ch.charCodeAt(0)] = 1;

/** True for a character of NAME_MASK_CHARACTERS. */
export function isNameMaskCode(code: number): boolean {
  return NAME_MASK_TABLE[code] === 1;
}

/** True when `name` holds a mask character or the placeholder: nothing to read in it. */
export function hasNameMask(name: string): boolean {
  for (let i = 0; i < name.length; i++) if (isNameMaskCode(name.charCodeAt(i))) return true;
  return name.includes(PUBLIC_PLACEHOLDER);
}

/**
 * The length of the masked name at text[start, end) (one or two Han characters, then mask
 * characters: 杨某某, 王**), or 0 when none starts there.
 */
export function maskedNameLength(text: string, start: number, end = text.length): number {
  for (let surname = 1; surname <= 2; surname++) {
    let i = start + surname;
    if (i > end) break;
    let han = true;
    for (let k = start; k < i; k++) {
      const code = text.charCodeAt(k);
      if (code < 0x4e00 || code > 0x9fff) han = false;
    }
    if (!han) break;
    while (i < end && isNameMaskCode(text.charCodeAt(i))) i++;
    if (i > start + surname) return i - start;
  }
  return 0;
}

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
