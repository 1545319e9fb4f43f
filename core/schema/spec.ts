import { isIsoDate } from '../calendar/iso-date';
import { childPath, type Problem } from '../diagnostics/problem';

/**
 * A small declarative description of JSON data, read by `readSpec` (lenient parsing that
 * collects problems) and by `specToJsonSchema` (the published schema). Writing the shape once
 * keeps the parser and docs/feed.schema.json from drifting apart.
 *
 * Used by core/feed (the feed format) and core/rules (deployers' policy profiles).
 */
export type Spec =
  | { readonly kind: 'text'; readonly optional?: boolean; readonly title?: string }
  | { readonly kind: 'date'; readonly optional?: boolean; readonly title?: string }
  | { readonly kind: 'timestamp'; readonly optional?: boolean; readonly title?: string }
  | { readonly kind: 'url'; readonly optional?: boolean; readonly title?: string }
  | { readonly kind: 'decimal'; readonly optional?: boolean; readonly title?: string }
  | { readonly kind: 'boolean'; readonly optional?: boolean; readonly title?: string }
  | {
      readonly kind: 'integer';
      readonly min?: number;
      readonly optional?: boolean;
      readonly title?: string;
    }
  | {
      readonly kind: 'enum';
      readonly values: readonly string[];
      readonly optional?: boolean;
      readonly title?: string;
    }
  | { readonly kind: 'const'; readonly value: string | number; readonly title?: string }
  | {
      readonly kind: 'list';
      readonly of: Spec;
      readonly optional?: boolean;
      readonly title?: string;
    }
  | {
      readonly kind: 'object';
      readonly fields: Readonly<Record<string, Spec>>;
      readonly optional?: boolean;
      readonly title?: string;
    }
  | { readonly kind: 'string-map'; readonly optional?: boolean; readonly title?: string };

/** Marks a value that failed its spec (a problem has been recorded). */
export const INVALID: unique symbol = Symbol('invalid');

const DECIMAL = /^\d+(?:\.\d+)?$/;
// RFC 3339 date-time with a zone, as `new Date().toISOString()` writes it.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
// Only web links and relative paths: a `javascript:` link in a feed would run in the portal.
const SAFE_URL = /^(?:[hH][tT][tT][pP][sS]?:\/\/\S+|(?![a-zA-Z][a-zA-Z0-9+.-]*:)\S+)$/;

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string')
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'object';
  return String(value);
}

function push(problems: Problem[], path: string, code: string, message: string, messageEn: string) {
  problems.push({ path, code, message, messageEn });
}

function invalid(
  problems: Problem[],
  path: string,
  spec: Spec,
  value: unknown,
  prefix: string,
): typeof INVALID {
  const got = describe(value);
  switch (spec.kind) {
    case 'text':
      push(
        problems,
        path,
        `${prefix}.not-text`,
        `应为非空文字，实际为 ${got}。`,
        `expected non-empty text, got ${got}.`,
      );
      break;
    case 'date':
      push(
        problems,
        path,
        `${prefix}.invalid-date`,
        `应为日期 YYYY-MM-DD（如 2025-03-01），实际为 ${got}。`,
        `expected a date YYYY-MM-DD (e.g. 2025-03-01), got ${got}.`,
      );
      break;
    case 'timestamp':
      push(
        problems,
        path,
        `${prefix}.invalid-timestamp`,
        `应为时间 YYYY-MM-DDTHH:MM:SSZ，实际为 ${got}。`,
        `expected a timestamp YYYY-MM-DDTHH:MM:SSZ, got ${got}.`,
      );
      break;
    case 'url':
      push(
        problems,
        path,
        `${prefix}.unsafe-url`,
        `应为 http(s) 链接或相对路径，实际为 ${got}。`,
        `expected an http(s) link or a relative path, got ${got}.`,
      );
      break;
    case 'decimal':
      push(
        problems,
        path,
        `${prefix}.invalid-decimal`,
        `金额应为十进制数字文本（如 "0.35"），实际为 ${got}。`,
        `expected a decimal number as text (e.g. "0.35"), got ${got}.`,
      );
      break;
    case 'boolean':
      push(
        problems,
        path,
        `${prefix}.not-boolean`,
        `应为 true 或 false，实际为 ${got}。`,
        `expected true or false, got ${got}.`,
      );
      break;
    case 'integer':
      push(
        problems,
        path,
        `${prefix}.not-integer`,
        `应为不小于 ${spec.min ?? 0} 的整数，实际为 ${got}。`,
        `expected an integer ≥ ${spec.min ?? 0}, got ${got}.`,
      );
      break;
    case 'enum':
      push(
        problems,
        path,
        `${prefix}.invalid-value`,
        `应为以下之一：${spec.values.join('、')}；实际为 ${got}。`,
        `expected one of ${spec.values.join(', ')}; got ${got}.`,
      );
      break;
    case 'const':
      push(
        problems,
        path,
        `${prefix}.wrong-constant`,
        `应为 ${JSON.stringify(spec.value)}，实际为 ${got}。`,
        `expected ${JSON.stringify(spec.value)}, got ${got}.`,
      );
      break;
    case 'list':
      push(
        problems,
        path,
        `${prefix}.not-list`,
        `应为列表，实际为 ${got}。`,
        `expected a list, got ${got}.`,
      );
      break;
    case 'object':
    case 'string-map':
      push(
        problems,
        path,
        `${prefix}.not-object`,
        `应为对象 {…}，实际为 ${got}。`,
        `expected an object {…}, got ${got}.`,
      );
      break;
  }
  return INVALID;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads `value` against `spec`. Invalid optional fields and invalid list items are left out
 * (with a problem each) so the rest stays usable; a missing or invalid required field makes
 * its object invalid. Empty strings count as absent. Unknown fields are ignored. Problem
 * codes start with `prefix` (`feed.invalid-date`, `profile.missing`).
 *
 * Used by core/feed (the feed format) and core/rules (deployers' policy profiles).
 */
export function readSpec(
  value: unknown,
  spec: Spec,
  path: string,
  problems: Problem[],
  prefix = 'feed',
): unknown | typeof INVALID {
  switch (spec.kind) {
    case 'text':
      return typeof value === 'string' && value.trim() !== ''
        ? value
        : invalid(problems, path, spec, value, prefix);
    case 'date':
      return isIsoDate(value) ? value : invalid(problems, path, spec, value, prefix);
    case 'timestamp':
      return typeof value === 'string' && TIMESTAMP.test(value)
        ? value
        : invalid(problems, path, spec, value, prefix);
    case 'url':
      return typeof value === 'string' && SAFE_URL.test(value)
        ? value
        : invalid(problems, path, spec, value, prefix);
    case 'decimal':
      return typeof value === 'string' && DECIMAL.test(value)
        ? value
        : invalid(problems, path, spec, value, prefix);
    case 'boolean':
      return typeof value === 'boolean' ? value : invalid(problems, path, spec, value, prefix);
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= (spec.min ?? 0)
        ? value
        : invalid(problems, path, spec, value, prefix);
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value)
        ? value
        : invalid(problems, path, spec, value, prefix);
    case 'const':
      return value === spec.value ? value : invalid(problems, path, spec, value, prefix);
    case 'string-map': {
      if (!isPlainObject(value)) return invalid(problems, path, spec, value, prefix);
      const map: Record<string, string> = {};
      for (const [key, entry] of Object.entries(value)) {
        if (typeof entry === 'string') map[key] = entry;
        else invalid(problems, childPath(path, key), { kind: 'text' }, entry, prefix);
      }
      return map;
    }
    case 'list': {
      if (!Array.isArray(value)) return invalid(problems, path, spec, value, prefix);
      const items: unknown[] = [];
      value.forEach((item, index) => {
        const itemPath = childPath(path, index);
        const read = readSpec(item, spec.of, itemPath, problems, prefix);
        if (read === INVALID) {
          push(
            problems,
            itemPath,
            `${prefix}.item-skipped`,
            '此条有错误，已跳过；其余各条照常使用。',
            'this entry has errors and was left out; the others are kept.',
          );
        } else {
          items.push(read);
        }
      });
      return items;
    }
    case 'object': {
      if (!isPlainObject(value)) return invalid(problems, path, spec, value, prefix);
      const result: Record<string, unknown> = {};
      let ok = true;
      for (const [key, fieldSpec] of Object.entries(spec.fields)) {
        const fieldPath = childPath(path, key);
        const raw = value[key];
        const optional = 'optional' in fieldSpec && fieldSpec.optional === true;
        if (raw === undefined || raw === null || raw === '') {
          if (!optional) {
            push(
              problems,
              fieldPath,
              `${prefix}.missing`,
              '缺少必填项。',
              'required field is missing.',
            );
            ok = false;
          }
          continue;
        }
        const read = readSpec(raw, fieldSpec, fieldPath, problems, prefix);
        if (read === INVALID) {
          if (!optional) ok = false;
          continue;
        }
        result[key] = read;
      }
      return ok ? result : INVALID;
    }
  }
}

/**
 * The JSON Schema (draft 2020-12) fragment for a spec. Descriptions come from the spec's
 * `title` or from `titleAt(path)`, paths written `records[].party.name`.
 */
export function specToJsonSchema(
  spec: Spec,
  titleAt: (path: string) => string | undefined = () => undefined,
  path = '',
): Record<string, unknown> {
  const description = spec.title ?? titleAt(path);
  const title = description ? { description } : {};
  switch (spec.kind) {
    case 'text':
      return { type: 'string', minLength: 1, ...title };
    case 'date':
      return { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', ...title };
    case 'timestamp':
      return { type: 'string', pattern: TIMESTAMP.source, ...title };
    case 'url':
      return { type: 'string', pattern: SAFE_URL.source, ...title };
    case 'decimal':
      return { type: 'string', pattern: DECIMAL.source, ...title };
    case 'boolean':
      return { type: 'boolean', ...title };
    case 'integer':
      return { type: 'integer', minimum: spec.min ?? 0, ...title };
    case 'enum':
      return { enum: [...spec.values], ...title };
    case 'const':
      return { const: spec.value, ...title };
    case 'string-map':
      return { type: 'object', additionalProperties: { type: 'string' }, ...title };
    case 'list':
      return { type: 'array', items: specToJsonSchema(spec.of, titleAt, `${path}[]`), ...title };
    case 'object': {
      const required = Object.entries(spec.fields)
        .filter(([, field]) => !('optional' in field && field.optional === true))
        .map(([key]) => key);
      return {
        type: 'object',
        ...title,
        properties: Object.fromEntries(
          Object.entries(spec.fields).map(([key, field]) => [
            key,
            specToJsonSchema(field, titleAt, path ? `${path}.${key}` : key),
          ]),
        ),
        ...(required.length > 0 ? { required } : {}),
      };
    }
  }
}
