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
function textOf(fragment: string): string {
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

const attributePatterns = new Map<string, RegExp>();

function attribute(tag: string, name: string): string | undefined {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag);
  return match ? decodeXml(match[1]!) : undefined;
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
  for (const rowMatch of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = attribute(rowMatch[1]!, 'r');
    const rowIndex = rowNumber ? Number(rowNumber) - 1 : nextRow;
    nextRow = rowIndex + 1;
    const cells: string[] = [];
    let nextColumn = 0;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cellMatch[1]!;
      const reference = attribute(attributes, 'r');
      const column = reference ? columnIndex(reference) : nextColumn;
      nextColumn = column + 1;
      const body = cellMatch[2] ?? '';
      const type = attribute(attributes, 't');
      let value = '';
      if (type === 'inlineStr') {
        value = textOf(body);
      } else {
        const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
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
