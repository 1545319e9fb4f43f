import { unzipSync } from 'fflate';

/**
 * Reads the cells of an XLSX workbook (Office Open XML, ECMA-376) as text: the first sheet by
 * default. Only what 双公示 exports use: shared strings, inline strings, numbers, booleans,
 * formula results. Numbers come back as Excel stores them (a date is a serial number such as
 * 45717; the importer converts date columns).
 *
 * Built on fflate (pure JS unzip, no dependencies) and a small scanner over the sheet XML, so
 * it runs in core/ (Node, a page, an extension worker) without a DOM parser.
 *
 * Limit: styles are ignored (a number formatted as a date is returned as its serial number),
 * merged cells give their value to the top-left cell only, and .xls (BIFF, pre-2007) files are
 * not read: save them as .xlsx or CSV.
 */
/**
 * Largest part (sheet XML, shared strings) unpacked: fflate's unzipSync allocates each entry's
 * declared size and inflates into exactly that buffer, so refusing large declared sizes bounds
 * the memory a zip bomb can take. 256 MiB holds roughly 500,000 双公示 rows.
 */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

export interface XlsxSheet {
  readonly name: string;
  readonly rows: string[][];
}

export class XlsxReadError extends Error {
  override readonly name = 'XlsxReadError';
  constructor(
    readonly code: 'xlsx.not-zip' | 'xlsx.no-workbook' | 'xlsx.no-sheet' | 'xlsx.too-large',
    message: string,
  ) {
    super(message);
  }
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// ECMA-376 §22.9.2.19 ST_Xstring: control characters are written as _xHHHH_.
const XSTRING_ESCAPE = /_x([0-9a-fA-F]{4})_/g;

function decodeXml(text: string): string {
  const decoded = text.includes('&')
    ? text.replace(ENTITY, (_m, hex: string, dec: string, name: string) =>
        hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : dec
            ? String.fromCodePoint(Number(dec))
            : NAMED[name]!,
      )
    : text;
  return decoded.includes('_x')
    ? decoded.replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : decoded;
}

/** The text of every <t> in a fragment (rich text runs), phonetic runs (<rPh>) left out. */
function textOf(whole: string): string {
  // An inline string's runs are inside <is>…</is> (cells t="inlineStr", as gongshi's own
  // sheets write them): the same runs as a shared string's, read the same way.
  const fragment = whole.startsWith('<is>') && whole.endsWith('</is>') ? whole.slice(4, -5) : whole;
  // Nearly every string is one plain run, <t>…</t> or <t xml:space="preserve">…</t>: read
  // without the patterns below (a sixth of reading a workbook).
  const last = fragment.length - 4;
  if (
    fragment.startsWith('<t') &&
    (fragment[2] === '>' || /\s/.test(fragment[2] ?? '')) &&
    fragment.endsWith('</t>') &&
    fragment.indexOf('<', 1) === last
  ) {
    return decodeXml(fragment.slice(fragment.indexOf('>') + 1, last));
  }
  const clean = fragment.includes('<rPh')
    ? fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')
    : fragment;
  let text = '';
  for (const match of clean.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += match[1];
  return decodeXml(text);
}

const WHITESPACE = /\s/;

/**
 * The value of `name="…"` in a tag's attributes, as the pattern \s name="([^"]*)" finds it:
 * the first such attribute after whitespace. Searched, not matched: a sheet of 10,000 rows
 * asks for 600,000 of them.
 */
function attribute(tag: string, name: string): string | undefined {
  const opening = `${name}="`;
  for (let at = tag.indexOf(opening, 1); at > 0; at = tag.indexOf(opening, at + 1)) {
    if (!WHITESPACE.test(tag[at - 1]!)) continue;
    const start = at + opening.length;
    const end = tag.indexOf('"', start);
    return end < 0 ? undefined : decodeXml(tag.slice(start, end));
  }
  return undefined;
}

const WORD_CHARACTER = /\w/;

/**
 * The elements `<tag …/>` and `<tag …>…</tag>` of an XML text in order, as the pattern
 * <tag\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tag>) matches them (no nesting of the same tag):
 * `attributes` up to the first `>` (without a closing `/`), `body` up to the first closing
 * tag, undefined for an empty element. Searched with indexOf rather than matched: the
 * pattern's match arrays were a third of reading a workbook, and most of its garbage.
 */
class Elements {
  attributes = '';
  body: string | undefined;
  private from = 0;
  private readonly open: string;
  private readonly close: string;

  constructor(
    private readonly xml: string,
    tag: string,
  ) {
    this.open = `<${tag}`;
    this.close = `</${tag}>`;
  }

  /** Moves to the next element; false when there is none. */
  next(): boolean {
    const { xml, open, close } = this;
    for (let at = xml.indexOf(open, this.from); at >= 0; at = xml.indexOf(open, at + 1)) {
      const afterName = at + open.length;
      // \b: the tag's name ends here (<c is not <col).
      if (afterName >= xml.length || WORD_CHARACTER.test(xml[afterName]!)) continue;
      const end = xml.indexOf('>', afterName);
      if (end < 0) return false;
      if (end > afterName && xml[end - 1] === '/') {
        this.attributes = xml.slice(afterName, end - 1);
        this.body = undefined;
        this.from = end + 1;
        return true;
      }
      const closing = xml.indexOf(close, end + 1);
      if (closing < 0) continue;
      this.attributes = xml.slice(afterName, end);
      this.body = xml.slice(end + 1, closing);
      this.from = closing + close.length;
      return true;
    }
    return false;
  }
}

/** A1-style column letters to a 0-based index: A → 0, Z → 25, AA → 26. */
export function columnIndex(reference: string): number {
  let index = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index - 1;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  return `xl/${target}`.replace(/\/[^/]+\/\.\.\//g, '/');
}

function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((match) =>
    match[1] ? textOf(match[1]) : '',
  );
}

function readSheet(xml: string, shared: readonly string[]): string[][] {
  const rows: string[][] = [];
  let nextRow = 0;
  const row = new Elements(xml, 'row');
  while (row.next()) {
    const rowNumber = attribute(row.attributes, 'r');
    const rowIndex = rowNumber ? Number(rowNumber) - 1 : nextRow;
    nextRow = rowIndex + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    const cell = new Elements(row.body ?? '', 'c');
    while (cell.next()) {
      const attributes = cell.attributes;
      const reference = attribute(attributes, 'r');
      const column = reference ? columnIndex(reference) : nextColumn;
      nextColumn = column + 1;
      const body = cell.body ?? '';
      const type = attribute(attributes, 't');
      let value = '';
      if (type === 'inlineStr') {
        value = textOf(body);
      } else {
        const raw = cellValue(body);
        if (raw !== undefined) {
          if (type === 's') value = shared[Number(raw)] ?? '';
          else if (type === 'b') value = raw === '1' ? 'TRUE' : 'FALSE';
          else value = decodeXml(raw);
        }
      }
      while (cells.length < column) cells.push('');
      cells[column] = value;
    }
    while (rows.length < rowIndex) rows.push([]);
    rows[rowIndex] = cells;
  }
  return rows;
}

/** A cell's `<v>…</v>`, as /<v>([\s\S]*?)<\/v>/ finds it. */
function cellValue(body: string): string | undefined {
  const start = body.indexOf('<v>');
  if (start < 0) return undefined;
  const end = body.indexOf('</v>', start + 3);
  return end < 0 ? undefined : body.slice(start + 3, end);
}

/**
 * The sheets of an XLSX file, in workbook order, each as rows of text cells. Throws an
 * `XlsxReadError` (stable code, clerk-readable message) when the bytes are not a workbook.
 */
export function readXlsx(
  bytes: Uint8Array,
  { allSheets = false, maxPartBytes = MAX_PART_BYTES } = {},
): XlsxSheet[] {
  let files: Record<string, Uint8Array>;
  let oversized: string | undefined;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const wanted =
          (file.name.startsWith('xl/') && file.name.endsWith('.xml')) ||
          file.name.endsWith('.rels');
        if (wanted && file.originalSize > maxPartBytes) oversized ??= file.name;
        return wanted && file.originalSize <= maxPartBytes;
      },
    });
  } catch {
    throw new XlsxReadError(
      'xlsx.not-zip',
      '文件不是有效的 XLSX（无法解压）。/ Not a valid XLSX file (cannot unzip).',
    );
  }
  if (oversized) {
    throw new XlsxReadError(
      'xlsx.too-large',
      `工作簿中的 ${oversized} 解压后超过 ${Math.round(maxPartBytes / 1048576)} MB，可能是损坏或恶意文件；请拆分表格或另存为 CSV。 / ${oversized} would unpack to more than ${Math.round(maxPartBytes / 1048576)} MB: damaged or malicious; split the sheet or save it as CSV.`,
    );
  }
  const decoder = new TextDecoder('utf-8');
  const text = (name: string) => (files[name] ? decoder.decode(files[name]) : undefined);
  const workbook = text('xl/workbook.xml');
  if (!workbook) {
    throw new XlsxReadError(
      'xlsx.no-workbook',
      '文件中没有工作簿（xl/workbook.xml）。/ No workbook in the file.',
    );
  }
  const relationships = new Map<string, string>();
  for (const match of (text('xl/_rels/workbook.xml.rels') ?? '').matchAll(
    /<Relationship\b[^>]*>/g,
  )) {
    const id = attribute(match[0], 'Id');
    const target = attribute(match[0], 'Target');
    if (id && target) relationships.set(id, resolveTarget(target));
  }
  const shared = readSharedStrings(text('xl/sharedStrings.xml'));
  const sheets: XlsxSheet[] = [];
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attribute(match[0], 'name') ?? `Sheet${sheets.length + 1}`;
    const id = attribute(match[0], 'r:id');
    const path = (id && relationships.get(id)) ?? `xl/worksheets/sheet${sheets.length + 1}.xml`;
    const xml = text(path);
    if (xml === undefined) continue;
    sheets.push({ name, rows: readSheet(xml, shared) });
    if (!allSheets) break;
  }
  if (sheets.length === 0) {
    throw new XlsxReadError(
      'xlsx.no-sheet',
      '工作簿中没有可读取的工作表。/ The workbook has no readable sheet.',
    );
  }
  return sheets;
}

/** True when the bytes start like a ZIP file (PK\x03\x04), as every XLSX does. */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
