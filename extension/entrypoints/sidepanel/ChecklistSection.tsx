import { checklist, page } from './state';

const SEVERITY_LABELS = { error: '错误', warning: '警告', info: '提示' } as const;

/**
 * The publication checklist from core/rules: category, decision date → deadline in working
 * days, required fields, minors, personal data. The record is read from the page's form and
 * body (see services/record-draft.ts), so a missing field may only mean it was not found.
 */
export function ChecklistSection() {
  const result = checklist.value;
  if (!page.value || !result) return null;
  const { deadline, issues, profile } = result;
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">发布核对清单</h2>
      <p class="muted">依据：{profile.name}。记录要素从本页表单和正文中读取。</p>
      {deadline ? (
        <p>
          应在决定后 {deadline.workingDays} 个工作日内公示，最迟 <strong>{deadline.date}</strong>。
          {deadline.uncertain
            ? `（${deadline.uncoveredYears.join('、')} 年的节假日安排未载入，日期可能不准。）`
            : ''}
        </p>
      ) : (
        <p>未能从正文读到决定日期，无法计算公示期限。</p>
      )}
      {issues.length === 0 ? (
        <p>未发现问题。</p>
      ) : (
        <ul class="issues">
          {issues.map((issue) => (
            <li key={`${issue.code}:${issue.field}`} class={`severity-${issue.severity}`}>
              <strong>{SEVERITY_LABELS[issue.severity]}</strong> {issue.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
