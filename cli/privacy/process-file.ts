import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { scanAndRedactHtml, scanHtml } from '../../core/privacy/html';
import { type Finding, PersonalDataKind, type RedactionStyle } from '../../core/privacy/kinds';
import { redactTextCounted } from '../../core/privacy/redact';
import { scanText } from '../../core/privacy/scan';
import { describeFileError } from '../internal/file-errors';
import { decodeText, encodeText, type TextEncoding } from './text-encoding';

/** One unit of work, small enough to post to a worker thread. */
export interface FileTask {
  readonly index: number;
  readonly path: string;
  /** Set for `redact`: where the redacted copy goes. */
  readonly outPath?: string;
  readonly style?: RedactionStyle;
}

export interface FileResult {
  readonly index: number;
  /** How many items of personal data were found (for redact: replaced in the copy). */
  readonly found: number;
  /**
   * Each finding, for scan reports. Empty for redact, which reports only the count: cloning
   * every finding back from a worker thread made a 40 MB site ~15% slower.
   */
  readonly findings: readonly Finding[];
  readonly encoding?: TextEncoding;
  /** 1-based line and column of each finding's start, for reports. */
  readonly positions?: readonly (readonly [number, number])[];
  /** The file is a decision on a minor (a `minor` finding): it must not be published. */
  readonly minor?: boolean;
  readonly error?: string;
}

export function isHtmlPath(path: string): boolean {
  return /\.html?$/i.test(path);
}

/** Line and column (1-based) of each offset; offsets in increasing order. */
function positionsOf(text: string, offsets: readonly number[]): [number, number][] {
  const positions: [number, number][] = [];
  let line = 1;
  let lineStart = 0;
  let cursor = 0;
  for (const offset of offsets) {
    for (let i = text.indexOf('\n', cursor); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    cursor = Math.max(cursor, lineStart);
    positions.push([line, offset - lineStart + 1]);
  }
  return positions;
}

/**
 * Reads, decodes and scans one file; for redact, also writes the redacted copy in the same
 * encoding. Never throws: a failure becomes the result's `error`, so one bad file never
 * stops a run over thousands.
 */
export async function processFile(task: FileTask): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(task.path);
  } catch (error) {
    return failed(task, describeFileError('read', task.path, error));
  }
  try {
    const { text, encoding, invalidAt } = decodeText(bytes);
    const html = isHtmlPath(task.path);
    if (task.outPath !== undefined) {
      // Writing the copy would turn the stray bytes into U+FFFD: more than the redacted spans.
      if (invalidAt) {
        return failed(
          task,
          `${task.path} 第 ${invalidAt.line} 行第 ${invalidAt.column} 列有既非 UTF-8 也非 GBK/GB18030 的字节，未写出脱敏副本（以免改动原文） / line ${invalidAt.line}, column ${invalidAt.column}: bytes that are neither UTF-8 nor GBK/GB18030; no redacted copy written, so that nothing but the redacted spans changes`,
        );
      }
      // One scan serves both the count and the redacted copy.
      let found: number;
      let redacted: string;
      let minor: boolean;
      if (html) {
        const result = scanAndRedactHtml(text, { style: task.style });
        found = result.findings.length;
        redacted = result.html;
        minor = result.findings.some((finding) => finding.kind === PersonalDataKind.minor);
      } else {
        const result = redactTextCounted(text, { style: task.style });
        found = result.replaced;
        redacted = result.text;
        minor = result.minors > 0;
      }
      const copy = await encodeText(redacted, encoding);
      try {
        await mkdir(dirname(task.outPath), { recursive: true });
        await writeFile(task.outPath, copy);
      } catch (error) {
        return failed(task, describeFileError('write', task.outPath, error));
      }
      return { index: task.index, found, findings: [], encoding, ...(minor ? { minor } : {}) };
    }
    const findings = html ? scanHtml(text) : scanText(text);
    const positions = positionsOf(
      text,
      findings.map((finding) => finding.start),
    );
    const minor = findings.some((finding) => finding.kind === PersonalDataKind.minor);
    return {
      index: task.index,
      found: findings.length,
      findings,
      encoding,
      positions,
      ...(minor ? { minor } : {}),
      // The rest is scanned and reported, but what the stray bytes stood for could be a
      // digit of an ID: a clean report would claim more than was read, so it is an error.
      ...(invalidAt
        ? {
            error: `${task.path} 第 ${invalidAt.line} 行第 ${invalidAt.column} 列有既非 UTF-8 也非 GBK/GB18030 的字节，其余内容已扫描，这些字节无法检查 / line ${invalidAt.line}, column ${invalidAt.column}: bytes that are neither UTF-8 nor GBK/GB18030; the rest of the file was scanned, these bytes could not be`,
          }
        : {}),
    };
  } catch (error) {
    return failed(task, `处理失败 / failed on ${task.path}: ${(error as Error).message}`);
  }
}

function failed(task: FileTask, error: string): FileResult {
  return { index: task.index, found: 0, findings: [], error };
}
