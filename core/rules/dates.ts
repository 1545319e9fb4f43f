import { type Issue, Severity } from './issue';
import type { Rule } from './rule';

/** Dates that contradict each other or lie in the future. */
export const dateOrder: Rule = (record, { today }) => {
  const issues: Issue[] = [];
  if (record.decisionDate > today) {
    issues.push({
      code: 'date.decision-in-future',
      severity: Severity.warning,
      field: 'decisionDate',
      message: `决定日期 ${record.decisionDate} 晚于今天，请核对。`,
      messageEn: `the decision date ${record.decisionDate} is in the future.`,
      received: record.decisionDate,
    });
  }
  if (record.publicationDate && record.publicationDate < record.decisionDate) {
    issues.push({
      code: 'date.published-before-decision',
      severity: Severity.error,
      field: 'publicationDate',
      message: `公开日期 ${record.publicationDate} 早于决定日期 ${record.decisionDate}，请核对。`,
      messageEn: `published (${record.publicationDate}) before the decision (${record.decisionDate}).`,
      expected: `≥ ${record.decisionDate}`,
      received: record.publicationDate,
    });
  }
  if (record.validFrom && record.validTo && record.validTo < record.validFrom) {
    issues.push({
      code: 'date.validity-reversed',
      severity: Severity.error,
      field: 'validTo',
      message: `有效期至 ${record.validTo} 早于有效期自 ${record.validFrom}。`,
      messageEn: `validTo ${record.validTo} is before validFrom ${record.validFrom}.`,
      received: record.validTo,
    });
  }
  return issues;
};
