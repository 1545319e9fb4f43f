import { type Issue, Severity } from './issue';
import type { Rule } from './rule';

/**
 * A published decision that was changed, revoked, or found illegal or void comes down within
 * 3 working days with the reason made public (行政处罚法 2021 Art. 48; Art. 85 counts 三日
 * in working days).
 */
export const withdrawalRule: Rule = (record, { profile, today, calendar }) => {
  const issues: Issue[] = [];
  const { withdrawal, revocation } = record;
  if (withdrawal && withdrawal.reason.trim() === '') {
    issues.push({
      code: 'withdrawal.reason-missing',
      severity: Severity.error,
      field: 'withdrawal.reason',
      message: '撤下公示信息应同时公开撤下原因。',
      messageEn: 'a withdrawal must state its public reason.',
    });
  }
  if (!revocation || !record.publicationDate) return issues;
  const due = calendar.addWorkingDays(revocation.date, profile.withdrawalWorkingDays).date;
  const limit = `决定于 ${revocation.date} 被${revocation.kind}，应在 ${profile.withdrawalWorkingDays} 个工作日内（最迟 ${due}）撤下并公开原因`;
  const limitEn = `the decision was ${revocation.kind} on ${revocation.date}; it must come down within ${profile.withdrawalWorkingDays} working days (by ${due}) with the reason`;
  if (withdrawal) {
    if (withdrawal.date > due) {
      issues.push({
        code: 'withdrawal.late',
        severity: Severity.warning,
        field: 'withdrawal.date',
        message: `${limit}，实际 ${withdrawal.date} 撤下，已超期。`,
        messageEn: `${limitEn}; withdrawn ${withdrawal.date}, late.`,
        expected: `≤ ${due}`,
        received: withdrawal.date,
      });
    }
    return issues;
  }
  issues.push(
    today > due
      ? {
          code: 'withdrawal.overdue',
          severity: Severity.error,
          field: 'withdrawal',
          message: `${limit}，至今仍在公示，请立即撤下。`,
          messageEn: `${limitEn}; it is still published. Withdraw it now.`,
          expected: `≤ ${due}`,
        }
      : {
          code: 'withdrawal.due',
          severity: Severity.warning,
          field: 'withdrawal',
          message: `${limit}。`,
          messageEn: `${limitEn}.`,
          expected: `≤ ${due}`,
        },
  );
  return issues;
};
