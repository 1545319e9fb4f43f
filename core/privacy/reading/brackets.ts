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

/**
 * afterBracket, counting each run of digits and Latin letters (a number) and each 【…】 (a
 * number redacted) as one character: a remark holding numbers is as long before redaction
 * as after it (（身份证号：5101…，护照号码：EA12…） and （身份证号：【已脱敏】，…）), so what
 * is read past it is the same on both passes.
 */
export function afterDataBracket(text: string, at: number, max: number): number {
  const open = text.charCodeAt(at);
  if (open !== 0xff08 && open !== 0x28) return at;
  let units = 0;
  for (let i = at + 1; i < text.length && units < max; units++) {
    const code = text.charCodeAt(i);
    if (code === 0xff09 || code === 0x29) return i + 1;
    if (code === 0x0a) break;
    if (code === 0x3010) {
      const close = text.indexOf('】', i);
      i = close > i ? close + 1 : i + 1;
    } else if (isDataCode(code)) {
      while (i < text.length && isDataCode(text.charCodeAt(i))) i++;
    } else i++;
  }
  return at;
}

function isDataCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xff10 && code <= 0xff19) ||
    code === 0x2a
  );
}
