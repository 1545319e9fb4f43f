/** A list's number (一、, 1．, （2）): how a listing, a 公示 or a roundup numbers its entries. */
export const LIST_NUMBER =
  '(?:[一二三四五六七八九十]{1,3}、|[0-9０-９]{1,3}[．.、]|[（(][0-9０-９一二三四五六七八九十]{1,3}[）)])';

/** A list's number alone before a name at a line's start. */
const ENTRY_NUMBER = new RegExp(`^[ \\t\\u3000]*${LIST_NUMBER}[ \\t\\u3000]*$`);

/** True when the name at `start` opens a numbered entry of a list (一、李正才（…），…, 1．高志强，…). */
export function numberedEntryAt(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return start - lineStart <= 8 && ENTRY_NUMBER.test(text.slice(lineStart, start));
}
