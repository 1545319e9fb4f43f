/**
 * Where one document ends and the next begins in a text holding several (an export of a
 * year's decisions, a page listing many): after a 落款 date line, a new title within the next
 * few lines (…决定书, …告知书, 送达回证, or a 文号 alone on its line). A name found in one decision is replaced in that
 * decision, not in every other one of the file. A single document is one stretch.
 */

/** Titles a decision document starts with (its second or third line). */
const TITLE_ENDINGS = [
  '决定书',
  '决定',
  '通知书',
  '告知书',
  '回证',
  '公告',
  '意见书',
  '审批表',
  '通知',
];
// Not 清单: a 财物清单 after a 查封扣押决定书's 落款 is that decision's attachment, naming its
// party as 物品所有人 (the party stays public there).
/** How many lines after a date line the next document's title may stand. */
const TITLE_LINES = 4;

/**
 * A decision's 文号 standing alone on its line (二、自流综执罚决字〔2025〕第057号): a page of
 * several decisions may head each with its number only.
 */
const DOCUMENT_NUMBER_LINE = /[〔［[（(]\s*\d{4}\s*[〕］\])）][^\n]{0,10}号$/;

function isTitleLine(text: string, start: number, end: number): boolean {
  let last = end;
  while (last > start && /[\s\u3000）)]/.test(text.charAt(last - 1))) last--;
  if (last - start > 40) return false;
  const line = text.slice(start, last);
  return TITLE_ENDINGS.some((ending) => line.endsWith(ending)) || DOCUMENT_NUMBER_LINE.test(line);
}

/** A document's number (合财罚决〔2024〕3号, 沅公（禁）社戒决字〔2025〕0019号). */
const DOCUMENT_NUMBER = /[〔［[]\s*\d{4}\s*[〕］\]]\s*第?\s*[0-9０-９]+\s*号/;
/** How far into a 送达回证 the number of the document it serves is looked for. */
const RECEIPT_HEAD = 400;

/** A 送达回证's title, however spaced (送 达 回 证). */
const RECEIPT_TITLE = /送\s*[达達]\s*回\s*[证證]/;

/**
 * True when the lines from `start` to the title line's `end` open the 送达回证 of the
 * document before it (the one in [previous, dateLine)): it cites that document's number.
 * Whom it was served on is that document's party: a minor's name goes from both.
 */
function receiptOf(
  text: string,
  start: number,
  end: number,
  previous: number,
  dateLine: number,
): boolean {
  if (!RECEIPT_TITLE.test(text.slice(start, end))) return false;
  const number = DOCUMENT_NUMBER.exec(text.slice(start, end + RECEIPT_HEAD));
  return number !== null && text.slice(previous, dateLine).includes(number[0]);
}

/** The start offsets of the documents in `text` (the first is 0), from its date lines. */
export function documentStarts(text: string, dateLines: readonly number[]): number[] {
  const starts = [0];
  for (const dateLine of dateLines) {
    let lineStart = text.indexOf('\n', dateLine);
    if (lineStart < 0) break;
    lineStart++;
    const next = lineStart;
    for (let k = 0; k < TITLE_LINES && lineStart < text.length; k++) {
      let lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = text.length;
      if (isTitleLine(text, lineStart, lineEnd)) {
        const previous = starts[starts.length - 1]!;
        if (next > previous && !receiptOf(text, next, lineEnd, previous, dateLine))
          starts.push(next);
        break;
      }
      lineStart = lineEnd + 1;
    }
  }
  return starts;
}

/** The document [start, end) that `pos` is in. */
export function documentAt(
  starts: readonly number[],
  length: number,
  pos: number,
): [number, number] {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= pos) low = middle;
    else high = middle - 1;
  }
  return [starts[low]!, low + 1 < starts.length ? starts[low + 1]! : length];
}
