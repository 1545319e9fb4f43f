import { addMonths } from '../calendar/iso-date';
import { PartyKind } from '../records/enumerations';
import { isCurrent, RecordState, recordState } from '../records/lifecycle';
import { type Issue, Severity } from './issue';
import type { Rule } from './rule';

/**
 * 公示期 (国家发展改革委令第58号): from 3 months to 3 years after the decision, at least a
 * year for special equipment, work safety and fire safety; optionally shorter for natural
 * persons (local practice). An expired record is reported so it can be taken off the column.
 */
export const publicityPeriodRule: Rule = (record, { profile, today }) => {
  const rules = profile.publicity;
  if (!rules.categories.includes(record.category)) return [];
  const issues: Issue[] = [];
  const minMonths = record.regulatedArea
    ? Math.max(rules.minMonths, rules.regulatedAreaMinMonths)
    : rules.minMonths;
  const earliest = addMonths(record.decisionDate, minMonths);
  const latest = addMonths(record.decisionDate, rules.maxMonths);
  const end = record.publicityEndDate;
  if (!end) {
    issues.push({
      code: 'publicity.end-missing',
      severity: Severity.warning,
      field: 'publicityEndDate',
      message: `未填写公示截止期，应在 ${earliest} 至 ${latest} 之间。`,
      messageEn: `no publicity end date; it must fall between ${earliest} and ${latest}.`,
      expected: `${earliest} … ${latest}`,
    });
    return issues;
  }
  if (end < earliest) {
    issues.push({
      code: 'publicity.too-short',
      severity: Severity.error,
      field: 'publicityEndDate',
      message: record.regulatedArea
        ? `${record.regulatedArea}领域的行政处罚公示期不少于 ${minMonths} 个月，截止期应不早于 ${earliest}。`
        : `行政处罚公示期不少于 ${minMonths} 个月，截止期应不早于 ${earliest}。`,
      messageEn: `the publicity period must be at least ${minMonths} months: end on or after ${earliest}.`,
      expected: `≥ ${earliest}`,
      received: end,
    });
  }
  if (end > latest) {
    issues.push({
      code: 'publicity.too-long',
      severity: Severity.error,
      field: 'publicityEndDate',
      message: `行政处罚公示期最长 ${rules.maxMonths / 12} 年，截止期应不晚于 ${latest}。`,
      messageEn: `the publicity period is at most ${rules.maxMonths} months: end on or before ${latest}.`,
      expected: `≤ ${latest}`,
      received: end,
    });
  }
  if (rules.naturalPersonMaxMonths && record.party.kind === PartyKind.naturalPerson) {
    const localLatest = addMonths(record.decisionDate, rules.naturalPersonMaxMonths);
    if (end > localLatest) {
      issues.push({
        code: 'publicity.natural-person-too-long',
        severity: Severity.warning,
        field: 'publicityEndDate',
        message: `按本地规定，自然人处罚信息公示不超过 ${rules.naturalPersonMaxMonths} 个月，截止期应不晚于 ${localLatest}。`,
        messageEn: `local rules keep natural persons' penalties public for at most ${rules.naturalPersonMaxMonths} months: end by ${localLatest}.`,
        expected: `≤ ${localLatest}`,
        received: end,
      });
    }
  }
  if (recordState(record, today) === RecordState.expired && !isCurrent(record, today)) {
    issues.push({
      code: 'publicity.expired',
      severity: Severity.info,
      field: 'publicityEndDate',
      message: `公示期已于 ${end} 届满，组件不再作为现行记录显示；可从公示栏目撤下。`,
      messageEn: `the publicity period ended on ${end}; widgets no longer show it as current. It can be taken off the column.`,
      received: end,
    });
  }
  return issues;
};
