/**
 * The position after a bracketed remark that opens at `at` (（…） or (…)) and closes within
 * `max` characters, before `limit` and on the same line; `at` when none opens there or it
 * does not close so (张三（男，1980年…）, 李长富（稻谷4300公斤）, 现居住地（租住）).
 * `lineBreaks` allows that many line breaks inside: text pasted from a PDF breaks a line
 * wherever the page's line ended (投诉人邹玉兰（住⏎泸县…1401室）).
 */
export function afterBracket(
  text: string,
  at: number,
  max: number,
  limit = text.length,
  lineBreaks = 0,
): number {
  const open = text.charCodeAt(at);
  if (open !== 0xff08 && open !== 0x28) return at;
  const end = Math.min(limit, at + max);
  let breaks = lineBreaks;
  for (let i = at + 1; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff09 || code === 0x29) return i + 1;
    if (code === 0x0a && breaks-- === 0) break;
  }
  return at;
}
