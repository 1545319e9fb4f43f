import { signal } from '@preact/signals';
import {
  type DeskFigures,
  deskFigures,
  deskFiguresCsv,
  exportJournalCsv,
  exportJournalJson,
  type JournalEntry,
  type MergeInput,
  mergeJournals,
  parseJournalJson,
  type VerifyResult,
} from '../../../core/journal/index';
import {
  allJournal,
  importJournal,
  JournalDatabase,
  type JournalFilter,
  type JournalSettings,
  journalSettingsItem,
  listJournal,
  pruneStoredJournal,
  verifyStoredJournal,
} from '../../services/journal';

// Extension pages share the extension origin's IndexedDB with the background, so the panel
// reads the record directly; only the background writes new entries.
const db = new JournalDatabase();

export const journalFilter = signal<JournalFilter>({});
export const journalEntries = signal<readonly JournalEntry[]>([]);
export const journalSettings = signal<JournalSettings>({ operator: '', retentionDays: 0 });
export const verification = signal<VerifyResult | undefined>(undefined);
export const journalMessage = signal('');
export const figuresYear = signal(new Date().getFullYear());
export const figures = signal<readonly DeskFigures[]>([]);

export async function refreshJournal(): Promise<void> {
  journalEntries.value = await listJournal(db, journalFilter.value, 200);
  figures.value = deskFigures(await allJournal(db), { year: figuresYear.value });
}

export async function loadJournalSettings(): Promise<void> {
  journalSettings.value = await journalSettingsItem.getValue();
}

export async function saveJournalSettings(change: Partial<JournalSettings>): Promise<void> {
  const next = { ...journalSettings.value, ...change };
  journalSettings.value = next;
  await journalSettingsItem.setValue(next);
  journalMessage.value = '记录设置已保存。';
}

export async function verifyJournalNow(): Promise<void> {
  verification.value = await verifyStoredJournal(db);
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export async function exportJson(): Promise<void> {
  download(
    `gongshi-journal-${stamp()}.json`,
    'application/json',
    exportJournalJson(await allJournal(db), new Date().toISOString()),
  );
}

export async function exportCsv(): Promise<void> {
  download(`gongshi-journal-${stamp()}.csv`, 'text/csv', exportJournalCsv(await allJournal(db)));
}

export function exportFigures(): void {
  download(`gongshi-figures-${figuresYear.value}.csv`, 'text/csv', deskFiguresCsv(figures.value));
}

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export async function importFile(file: File): Promise<void> {
  try {
    const result = await importJournal(db, await bytesOf(file));
    verification.value = result.verification;
    journalMessage.value = `已导入 ${result.imported} 条记录。${result.verification.ok ? '校验通过。' : '校验发现问题，见下方。'}`;
  } catch (error) {
    journalMessage.value = `导入失败：${error instanceof Error ? error.message : String(error)}`;
  }
  await refreshJournal();
}

/** The agency record's head after the last merge, for the monthly report. */
export const mergedHead = signal<string | undefined>(undefined);

/**
 * Merges clerks' exports (and last month's agency record) into one agency record and
 * downloads it (gongshi merge-log does the same): the clerk's own record here is untouched.
 */
export async function mergeFiles(files: readonly File[]): Promise<void> {
  mergedHead.value = undefined;
  try {
    const inputs: MergeInput[] = [];
    for (const file of files) {
      const exported = parseJournalJson(await bytesOf(file));
      inputs.push({ name: file.name, entries: exported.entries, head: exported.head });
    }
    const merged = mergeJournals(inputs);
    if (!merged.ok) {
      journalMessage.value = `合并失败：${merged.problems
        .map(({ input, problem }) => `${input}：${problem.message}`)
        .join('；')}`;
      return;
    }
    download(
      `gongshi-agency-record-${stamp()}.json`,
      'application/json',
      exportJournalJson(merged.entries, new Date().toISOString()),
    );
    const head = merged.entries.at(-1);
    mergedHead.value = head ? `${head.seq}:${head.hash}` : undefined;
    journalMessage.value = `已合并 ${inputs.length} 份记录，共 ${merged.entries.length} 条${
      merged.duplicates > 0 ? `（${merged.duplicates} 条重复的只保留一次）` : ''
    }，已下载单位记录。`;
  } catch (error) {
    journalMessage.value = `合并失败：${error instanceof Error ? error.message : String(error)}`;
  }
}

export async function pruneNow(): Promise<void> {
  const { retentionDays, operator } = journalSettings.value;
  const removed = await pruneStoredJournal(db, {
    retentionDays,
    now: new Date(),
    operator: operator || '（未设置）',
    site: 'extension',
  });
  journalMessage.value =
    removed > 0
      ? `已清理 ${removed} 条超过保存期限的记录，并写入校验检查点。`
      : '没有超过保存期限的记录。';
  await refreshJournal();
}
