/**
 * Comparing and showing the fields of list entries (officers, powers, service guides…),
 * whose values are text, lists and small objects.
 */

/** JSON with object keys sorted: two entries built in different key orders compare equal. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, entry]) => entry !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** The top-level fields where two entries differ, in the order of the first one's keys. */
export function changedFields(before: object, after: object): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter(
    (key) =>
      canonical((before as Record<string, unknown>)[key]) !==
      canonical((after as Record<string, unknown>)[key]),
  );
}

/**
 * A field's value as a correction's history shows it, in the words of the published list:
 * lists joined with ；, a time limit as 8工作日, a procedure as its steps joined with →.
 */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(describeValue).filter(Boolean).join('；');
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.steps)) {
    return (record.steps as { name: string }[]).map((step) => step.name).join('→');
  }
  if (typeof record.value === 'number' && typeof record.unit === 'string') {
    return `${record.value}${record.unit}${record.note ? `（${record.note}）` : ''}`;
  }
  if (typeof record.title === 'string') {
    return `《${record.title}》${typeof record.articles === 'string' ? record.articles : ''}`;
  }
  if (typeof record.kind === 'string' && typeof record.value === 'string') {
    return `${record.kind}：${record.value}`;
  }
  if (typeof record.kind === 'string' && typeof record.body === 'string') {
    return `${record.kind}：${record.body}（${String(record.deadline ?? '')}）`;
  }
  if (typeof record.name === 'string') {
    return `${record.name}${typeof record.copies === 'number' ? `（${record.copies}份）` : ''}`;
  }
  return Object.values(record).map(describeValue).filter(Boolean).join(' ');
}

/**
 * The incoming entry, keeping the published value of each field whose columns the sheet
 * does not have (`fieldColumns`: the columns of a field not named like it).
 */
export function mergeEntry<T extends object>(
  published: T,
  incoming: T,
  columnKeys: readonly string[] | undefined,
  fieldColumns: Readonly<Record<string, readonly string[]>> = {},
): T {
  if (!columnKeys) return incoming;
  const present = new Set(columnKeys);
  const merged = { ...incoming } as Record<string, unknown>;
  for (const [field, value] of Object.entries(published)) {
    const columns = fieldColumns[field] ?? [field];
    if (!columns.some((column) => present.has(column))) merged[field] = value;
  }
  return merged as unknown as T;
}
