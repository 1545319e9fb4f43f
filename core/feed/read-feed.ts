import { childPath, type Problem } from '../diagnostics/problem';
import type { DecisionRecord } from '../records/decision-record';
import { INVALID, readSpec } from '../schema/spec';
import type { Feed } from './feed';
import { FEED_FORMAT, FEED_VERSION, type FeedSpecs } from './feed-spec';

export interface ParsedFeed {
  /** Absent only when the file is not a usable feed at all (not JSON, not ours, newer version). */
  readonly feed?: Feed;
  /** Every problem found, with its path; empty for a clean feed. */
  readonly problems: readonly Problem[];
  /**
   * How many of the input's records were left out (invalid, or a repeated id): what a
   * listing tells its visitors, since one broken record may carry many problems.
   */
  readonly skippedRecords?: number;
}

function problem(path: string, code: string, message: string, messageEn: string): Problem {
  return { path, code, message, messageEn };
}

function jsonParse(text: string): { value?: unknown; problem?: Problem } {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      problem: problem(
        '$',
        'feed.invalid-json',
        `文件不是有效的 JSON（${detail}）。请用 JSON 校验工具检查引号、逗号和括号。`,
        `the file is not valid JSON (${detail}). Check quotes, commas and brackets.`,
      ),
    };
  }
}

/**
 * Reads a feed from its text (or an already parsed value) against `specs` (feedSpecs: with
 * the agencies' spec, or without, agencies left out). Never throws: every problem comes back
 * with a path such as `records[12].decisionDate`, and the valid records stay usable. A record
 * missing a required field or with an invalid one is left out; an invalid optional field is
 * left out of its record. Duplicate record ids keep the first. Callers use parseFeed (the
 * whole feed) or parseListingFeed (records only).
 */
export function readFeed(input: string | unknown, specs: FeedSpecs): ParsedFeed {
  let value: unknown = input;
  if (typeof input === 'string') {
    const parsed = jsonParse(input);
    if (parsed.problem) return { problems: [parsed.problem] };
    value = parsed.value;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      problems: [
        problem(
          '$',
          'feed.not-object',
          '文件顶层应为 JSON 对象 {…}。',
          'the top level must be a JSON object {…}.',
        ),
      ],
    };
  }
  const root = value as Record<string, unknown>;
  if (root.format !== FEED_FORMAT) {
    return {
      problems: [
        problem(
          'format',
          'feed.wrong-format',
          `这不是 Gongshi 公示数据文件（format 应为 "${FEED_FORMAT}"）。`,
          `not a Gongshi feed (format must be "${FEED_FORMAT}").`,
        ),
      ],
    };
  }
  if (root.version !== FEED_VERSION) {
    const newer = typeof root.version === 'number' && root.version > FEED_VERSION;
    return {
      problems: [
        problem(
          'version',
          newer ? 'feed.newer-version' : 'feed.unsupported-version',
          newer
            ? `数据文件为第 ${root.version} 版，本程序只能读取第 ${FEED_VERSION} 版，请更新 Gongshi。`
            : `不支持的版本 ${JSON.stringify(root.version)}，应为 ${FEED_VERSION}。`,
          newer
            ? `feed version ${root.version} is newer than this reader (${FEED_VERSION}): update Gongshi.`
            : `unsupported version ${JSON.stringify(root.version)}; expected ${FEED_VERSION}.`,
        ),
      ],
    };
  }
  const kind = root.kind ?? (Array.isArray(root.shards) ? 'index' : 'records');
  const problems: Problem[] = [];
  if (root.kind === undefined) {
    problems.push(
      problem(
        'kind',
        'feed.missing',
        `缺少 kind，已按 "${kind}" 读取。`,
        `kind is missing; read as "${kind}".`,
      ),
    );
  }
  const spec = kind === 'index' ? specs.index : specs.records;
  const read = readSpec({ ...root, kind }, spec, '$', problems);
  if (read === INVALID) return { problems };
  const feed = read as Feed;
  if (feed.kind === 'records') {
    const records = dropDuplicateIds(feed.records, root.records, problems);
    return {
      feed: { ...feed, records },
      problems,
      // A records feed that read has its records as a list.
      skippedRecords: (root.records as unknown[]).length - records.length,
    };
  }
  return { feed, problems };
}

function dropDuplicateIds(
  records: readonly DecisionRecord[],
  raw: unknown,
  problems: Problem[],
): DecisionRecord[] {
  // Where each id occurs in the input, so a duplicate is reported at its own index.
  const occurrences = new Map<string, number[]>();
  (Array.isArray(raw) ? raw : []).forEach((entry: unknown, index) => {
    const id =
      typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
    if (typeof id === 'string') occurrences.set(id, [...(occurrences.get(id) ?? []), index]);
  });
  const seen = new Map<string, number>();
  const kept: DecisionRecord[] = [];
  for (const record of records) {
    const count = seen.get(record.id) ?? 0;
    seen.set(record.id, count + 1);
    if (count === 0) {
      kept.push(record);
      continue;
    }
    const index = occurrences.get(record.id)?.[count] ?? -1;
    problems.push(
      problem(
        childPath('records', index),
        'feed.duplicate-id',
        `记录标识 ${record.id} 重复，已保留第一条。`,
        `duplicate record id ${record.id}; the first one is kept.`,
      ),
    );
  }
  return kept;
}
