import { history } from './state';

const ACTION_LABELS: Record<string, string> = {
  redacted: '已脱敏',
  undone: '撤销脱敏',
  ignored: '忽略',
  'marked-public': '设为公开',
  blocked: '拦截发布',
  'published-anyway': '仍要发布',
  'published-clean': '脱敏后发布',
};

/** The latest actions, from the extension's own database: kinds and masks, never values. */
export function HistorySection() {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">最近记录</h2>
      {history.value.length === 0 ? (
        <p>暂无记录。</p>
      ) : (
        <ol class="history">
          {history.value.map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.at}>{new Date(entry.at).toLocaleString('zh-CN')}</time>{' '}
              {entry.site} {ACTION_LABELS[entry.action] ?? entry.action}
              {entry.preview ? ` ${entry.preview}` : ''}
              {entry.count !== undefined ? `（${entry.count} 处）` : ''}
              {entry.reason ? `（原因：${entry.reason}）` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
