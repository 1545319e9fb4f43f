import { signal } from '@preact/signals';
import { JournalEntryKind } from '../../../core/journal/index';
import {
  exportCsv,
  exportFigures,
  exportJson,
  figures,
  figuresYear,
  importFile,
  journalEntries,
  journalFilter,
  journalMessage,
  journalSettings,
  mergedHead,
  mergeFiles,
  pruneNow,
  refreshJournal,
  saveJournalSettings,
  verification,
  verifyJournalNow,
} from './journal-state';

export const KIND_LABELS: Record<JournalEntryKind, string> = {
  check: '发布检查',
  'finding-resolution': '处理发现',
  redaction: '脱敏',
  override: '强制发布',
  'review-opinion': '法制审核意见',
  publication: '发布',
  checkpoint: '清理检查点',
};

function detailText(details: Record<string, unknown>): string {
  const parts: string[] = [];
  if (typeof details.action === 'string') parts.push(details.action);
  if (typeof details.kind === 'string') parts.push(details.kind);
  if (typeof details.preview === 'string') parts.push(details.preview);
  if (typeof details.count === 'number') parts.push(`${details.count} 处`);
  if (typeof details.opinion === 'string') parts.push(`意见：${details.opinion}`);
  if (typeof details.reviewer === 'string') parts.push(`审核人：${details.reviewer}`);
  if (typeof details.reason === 'string') parts.push(`原因：${details.reason}`);
  if (typeof details.prunedCount === 'number') parts.push(`清理 ${details.prunedCount} 条`);
  return parts.join('，');
}

// What the clerk is typing in the settings form. Controlled inputs keep it across the panel's
// periodic re-renders (an uncontrolled value would be reset to the stored one mid-typing).
const operatorDraft = signal<string | undefined>(undefined);
const retentionDraft = signal<string | undefined>(undefined);

function setFilter(change: Record<string, string>) {
  const next: Record<string, string> = { ...journalFilter.value } as Record<string, string>;
  for (const [key, value] of Object.entries(change)) {
    if (value) next[key] = value;
    else delete next[key];
  }
  journalFilter.value = next;
  void refreshJournal();
}

/**
 * The publishing record (执法全过程记录): every check, redaction, review opinion and
 * publication, hash-chained. Filters, verification, export/import and the yearly figures.
 */
export function JournalSection() {
  const result = verification.value;
  return (
    <section aria-labelledby="journal-title">
      <h2 id="journal-title">发布记录（全过程留痕）</h2>
      <p class="notice" role="status" aria-live="polite">
        {journalMessage.value}
      </p>
      <form
        class="journal-settings"
        onSubmit={(event) => {
          event.preventDefault();
          void saveJournalSettings({
            operator: (operatorDraft.value ?? journalSettings.value.operator).trim(),
            retentionDays: Math.max(
              0,
              Number(retentionDraft.value ?? journalSettings.value.retentionDays) || 0,
            ),
          });
        }}
      >
        <label for="journal-operator">操作人员（写入每条记录）</label>
        <input
          id="journal-operator"
          name="operator"
          type="text"
          value={operatorDraft.value ?? journalSettings.value.operator}
          onInput={(e) => {
            operatorDraft.value = (e.target as HTMLInputElement).value;
          }}
        />
        <label for="journal-retention">保存期限（天，0 表示永久保存）</label>
        <input
          id="journal-retention"
          name="retention"
          type="number"
          min={0}
          value={retentionDraft.value ?? String(journalSettings.value.retentionDays)}
          onInput={(e) => {
            retentionDraft.value = (e.target as HTMLInputElement).value;
          }}
        />
        <button type="submit">保存记录设置</button>
        {journalSettings.value.retentionDays > 0 ? (
          <button type="button" onClick={() => void pruneNow()}>
            清理过期记录
          </button>
        ) : null}
      </form>

      <fieldset class="journal-filters">
        <legend>筛选</legend>
        <label for="journal-from">起始日期</label>
        <input
          id="journal-from"
          type="date"
          onChange={(e) => setFilter({ from: (e.target as HTMLInputElement).value })}
        />
        <label for="journal-to">截止日期</label>
        <input
          id="journal-to"
          type="date"
          onChange={(e) => setFilter({ to: (e.target as HTMLInputElement).value })}
        />
        <label for="journal-site">网站</label>
        <input
          id="journal-site"
          type="text"
          onChange={(e) => setFilter({ site: (e.target as HTMLInputElement).value.trim() })}
        />
        <label for="journal-kind">类型</label>
        <select
          id="journal-kind"
          onChange={(e) => setFilter({ kind: (e.target as HTMLSelectElement).value })}
        >
          <option value="">全部</option>
          {Object.values(JournalEntryKind).map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <label for="journal-operator-filter">操作人员</label>
        <input
          id="journal-operator-filter"
          type="text"
          onChange={(e) => setFilter({ operator: (e.target as HTMLInputElement).value.trim() })}
        />
      </fieldset>

      <p>
        <button type="button" class="primary" onClick={() => void verifyJournalNow()}>
          校验记录
        </button>
        <button type="button" onClick={() => void exportJson()}>
          导出 JSON（可校验）
        </button>
        <button type="button" onClick={() => void exportCsv()}>
          导出 CSV
        </button>
      </p>
      <p>
        <label for="journal-import">导入记录（JSON，仅限空的记录库）</label>
        <input
          id="journal-import"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            const file = (e.target as HTMLInputElement).files?.[0];
            if (file) void importFile(file);
          }}
        />
      </p>
      <p>
        <label for="journal-merge">
          合并为单位记录（选择各信息员导出的 JSON 及上月的单位记录）
        </label>
        <input
          id="journal-merge"
          type="file"
          multiple
          accept="application/json,.json"
          onChange={(e) => {
            const files = (e.target as HTMLInputElement).files;
            if (files && files.length > 0) void mergeFiles([...files]);
          }}
        />
      </p>
      {mergedHead.value ? (
        <p class="head">
          单位记录头（填入月报）：<code>{mergedHead.value}</code>
        </p>
      ) : null}
      {result ? (
        <div class="verification" role="status">
          {result.ok ? (
            <p>
              ✓ 记录完整：共 {result.entries} 条
              {result.head ? `，末条第 ${result.head.seq} 条` : ''}。
              {result.head ? (
                <>
                  {' '}
                  记录头（填入月报）：
                  <code>
                    {result.head.seq}:{result.head.hash}
                  </code>
                </>
              ) : null}
            </p>
          ) : (
            <>
              <p>✗ 发现 {result.problems.length} 处篡改：</p>
              <ul>
                {result.problems.map((problem) => (
                  <li key={`${problem.code}:${problem.index}`}>{problem.message}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : null}

      <ol class="journal" reversed>
        {journalEntries.value.map((entry) => (
          <li key={entry.seq} data-kind={entry.kind}>
            <span class="seq">#{entry.seq}</span>{' '}
            <time dateTime={entry.at}>{new Date(entry.at).toLocaleString('zh-CN')}</time>{' '}
            <strong>{KIND_LABELS[entry.kind]}</strong> {entry.site}
            {entry.documentNumber ? ` ${entry.documentNumber}` : ''}
            {entry.operator ? `（${entry.operator}）` : ''}
            {detailText(entry.details as Record<string, unknown>)
              ? ` ${detailText(entry.details as Record<string, unknown>)}`
              : ''}
          </li>
        ))}
      </ol>
      {journalEntries.value.length === 0 ? <p>暂无记录。</p> : null}

      <h3 id="figures-title">年度统计（来自发布记录）</h3>
      <p>
        <label for="figures-year">年份</label>
        <input
          id="figures-year"
          type="number"
          value={figuresYear.value}
          onChange={(e) => {
            figuresYear.value = Number((e.target as HTMLInputElement).value) || figuresYear.value;
            void refreshJournal();
          }}
        />
      </p>
      <table aria-labelledby="figures-title">
        <thead>
          <tr>
            <th scope="col">月份</th>
            <th scope="col">执法单位</th>
            <th scope="col">发布</th>
            <th scope="col">脱敏处数</th>
            <th scope="col">强制发布</th>
          </tr>
        </thead>
        <tbody>
          {figures.value.map((row) => (
            <tr key={`${row.month}:${row.agency}`}>
              <td>{row.month}</td>
              <td>{row.agency}</td>
              <td>{row.publications}</td>
              <td>{row.redactions}</td>
              <td>{row.overrides}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={exportFigures}>
        导出年度统计 CSV
      </button>
    </section>
  );
}
