import { canonicalJson } from './canonical-json';
import { spreadsheetCsv } from './csv';
import { type JournalEntry, JournalEntryKind, type JsonValue } from './entry';

export const JOURNAL_FORMAT = 'gongshi-journal';
export const JOURNAL_VERSION = 1;

/** The verifiable export: the entries exactly as stored, plus the head at export time. */
export interface JournalExport {
  readonly format: typeof JOURNAL_FORMAT;
  readonly version: typeof JOURNAL_VERSION;
  readonly exportedAt: string;
  readonly head: { readonly seq: number; readonly hash: string } | null;
  readonly entries: readonly JournalEntry[];
}

export function exportJournalJson(entries: readonly JournalEntry[], exportedAt: string): string {
  const last = entries.at(-1);
  const exportFile: JournalExport = {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    exportedAt,
    head: last ? { seq: last.seq, hash: last.hash } : null,
    entries,
  };
  return `${JSON.stringify(exportFile, null, 2)}\n`;
}

export const JOURNAL_CSV_COLUMNS = [
  'seq',
  'at',
  'kind',
  'site',
  'documentNumber',
  'agency',
  'operator',
  'details',
  'prevHash',
  'hash',
] as const;

/**
 * CSV for archives and spreadsheets (UTF-8 with BOM so Excel shows Chinese). Details are
 * canonical JSON in one column. For verification use the JSON export: spreadsheets rewrite
 * cells on save.
 */
export function exportJournalCsv(entries: readonly JournalEntry[]): string {
  const rows = entries.map((entry) => [
    entry.seq,
    entry.at,
    entry.kind,
    entry.site,
    entry.documentNumber ?? '',
    entry.agency ?? '',
    entry.operator,
    canonicalJson(entry.details as JsonValue),
    entry.prevHash,
    entry.hash,
  ]);
  return spreadsheetCsv([JOURNAL_CSV_COLUMNS, ...rows]);
}

/** Why a file could not be read as a journal export (not a verification result). */
export class JournalFormatError extends Error {
  override readonly name = 'JournalFormatError';
  constructor(
    readonly code: 'not-utf8' | 'not-json' | 'wrong-format' | 'bad-head' | 'bad-entry',
    message: string,
  ) {
    super(message);
  }
}

const KINDS = new Set<string>(Object.values(JournalEntryKind));
const HEX64 = /^[0-9a-f]{64}$/;

function readEntry(raw: unknown, index: number): JournalEntry {
  const at = `entries[${index}]`;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new JournalFormatError('bad-entry', `${at}: 不是对象 / not an object`);
  }
  const entry = raw as Record<string, unknown>;
  const need = (field: string, ok: boolean) => {
    if (!ok) {
      throw new JournalFormatError(
        'bad-entry',
        `${at}.${field}: 缺失或格式错误 / missing or malformed`,
      );
    }
  };
  need('seq', Number.isInteger(entry.seq) && (entry.seq as number) >= 1);
  need('kind', typeof entry.kind === 'string' && KINDS.has(entry.kind));
  for (const field of ['at', 'site', 'operator'] as const) {
    need(field, typeof entry[field] === 'string');
  }
  for (const field of ['documentNumber', 'agency'] as const) {
    need(field, entry[field] === undefined || typeof entry[field] === 'string');
  }
  need(
    'details',
    !!entry.details && typeof entry.details === 'object' && !Array.isArray(entry.details),
  );
  need('prevHash', typeof entry.prevHash === 'string' && HEX64.test(entry.prevHash));
  need('hash', typeof entry.hash === 'string' && HEX64.test(entry.hash));
  return entry as unknown as JournalEntry;
}

/** `head` as exported: null for an empty log, else the last entry's number and hash. */
function readHead(raw: unknown): JournalExport['head'] {
  if (raw === null) return null;
  const head = raw as { readonly seq?: unknown; readonly hash?: unknown } | undefined;
  const seq = head?.seq;
  const hash = head?.hash;
  if (
    typeof seq !== 'number' ||
    !Number.isInteger(seq) ||
    seq < 1 ||
    typeof hash !== 'string' ||
    !HEX64.test(hash)
  ) {
    throw new JournalFormatError(
      'bad-head',
      'head: 缺失或格式错误（应为 {"seq": 正整数, "hash": 64 位十六进制}）/ head: missing or malformed (expected {"seq": n ≥ 1, "hash": 64 hex digits})',
    );
  }
  return { seq, hash };
}

/**
 * The text of an export file's bytes. Only UTF-8 (with or without BOM) is accepted: an
 * export re-saved in another encoding (Notepad's "ANSI" is GB18030 on Chinese Windows) has
 * had its Chinese text rewritten, so every entry would look tampered with; it is not the
 * record that was exported, and is refused as such.
 */
function decodeExport(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new JournalFormatError(
      'not-utf8',
      '不是 UTF-8 编码的日志：文件可能被记事本等另存为 ANSI（GB18030）或 Unicode。请核验原始导出文件。/ not a UTF-8 journal: the file was probably re-saved as ANSI (GB18030) or Unicode, e.g. by Notepad; verify the original export.',
    );
  }
}

/**
 * Reads a JSON export back, from its text or (better) the file's bytes, which are checked to
 * be UTF-8. Structure errors throw JournalFormatError (the file is not a journal); tampering
 * is for verifyJournal to find, so an edited but well-formed entry is returned as it is.
 */
export function parseJournalJson(input: string | Uint8Array): JournalExport {
  const text = typeof input === 'string' ? input : decodeExport(input);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new JournalFormatError(
      'not-json',
      `不是有效的 JSON / not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const exportFile = parsed as Partial<JournalExport> | null;
  if (
    !exportFile ||
    typeof exportFile !== 'object' ||
    exportFile.format !== JOURNAL_FORMAT ||
    exportFile.version !== JOURNAL_VERSION ||
    !Array.isArray(exportFile.entries)
  ) {
    throw new JournalFormatError(
      'wrong-format',
      `不是公示助手的日志导出文件（需要 format "${JOURNAL_FORMAT}", version ${JOURNAL_VERSION}）/ not a Gongshi journal export`,
    );
  }
  const entries = exportFile.entries.map(readEntry);
  return {
    format: JOURNAL_FORMAT,
    version: JOURNAL_VERSION,
    exportedAt: typeof exportFile.exportedAt === 'string' ? exportFile.exportedAt : '',
    head: readHead(exportFile.head),
    entries,
  };
}
