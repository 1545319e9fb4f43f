import { page, pageProblem, redactAllOnPage } from './state';

/** The current page's findings, masked as on the page, with one action for all of them. */
export function FindingsSection() {
  const summary = page.value;
  return (
    <section aria-labelledby="findings-title">
      <h2 id="findings-title">本页个人信息</h2>
      {pageProblem.value ? <p>{pageProblem.value}</p> : null}
      {summary ? (
        <>
          <p>
            {summary.host}：{summary.surfaces} 个编辑区域，
            {summary.findings.length === 0
              ? '未发现个人信息。'
              : `发现 ${summary.findings.length} 处个人信息。`}
          </p>
          {summary.minor ? (
            <p class="minor-decision">
              <strong>未成年人的执法决定依法不予公开，脱敏后也不能发布。</strong>（{summary.minor}）
            </p>
          ) : null}
          {summary.findings.length > 0 ? (
            <>
              <ol class="findings">
                {summary.findings.map((finding) => (
                  <li key={finding.id}>
                    <strong>{finding.kindLabel}</strong> <code>{finding.preview}</code>
                    <span class="muted">（{finding.surface}）</span>
                  </li>
                ))}
              </ol>
              <button type="button" class="primary" onClick={() => void redactAllOnPage()}>
                全部脱敏
              </button>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
