import { PUBLIC_PLACEHOLDER } from '../placeholders';

/*
 * Names already anonymised, as the reading meets them in a redacted or hand-masked text
 * (only the reading asks: the widgets' first view does not carry this).
 */

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

/**
 * The start of the masked name that ends at `end` (郑某某 before 未满十八周岁, 龙某某 before a
 * bracket), or -1 when none ends there.
 */
export function maskedNameBefore(text: string, end: number): number {
  for (let length = 2; length <= 4; length++) {
    if (end - length >= 0 && maskedNameLength(text, end - length, end) === length)
      return end - length;
  }
  return -1;
}
