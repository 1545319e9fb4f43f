import { checkUnifiedSocialCreditCode } from '../identifiers/unified-social-credit-code';
import { PartyKind } from '../records/enumerations';
import { fieldLabel, valueAt } from './field-labels';
import { type Issue, Severity } from './issue';
import type { Rule } from './rule';

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

/** Required (error) and recommended (warning) fields for the record's category. */
export const requiredFields: Rule = (record, { profile }) => {
  const issues: Issue[] = [];
  for (const field of profile.requiredFields[record.category]) {
    if (isPresent(valueAt(record, field))) continue;
    issues.push({
      code: 'field.required',
      severity: Severity.error,
      field,
      message: `${record.category}记录缺少必填项「${fieldLabel(field)}」，请补充后再公开。`,
      messageEn: `${field} is required for ${record.category} records; fill it in before publishing.`,
    });
  }
  for (const field of profile.recommendedFields[record.category]) {
    if (isPresent(valueAt(record, field))) continue;
    issues.push({
      code: 'field.recommended',
      severity: Severity.warning,
      field,
      message: `建议填写「${fieldLabel(field)}」。`,
      messageEn: `${field} should be filled in for ${record.category} records.`,
    });
  }
  return issues;
};

/**
 * Organisations and individual businesses need an identifier (代码_1 统一社会信用代码, or one
 * of the legacy codes); a 统一社会信用代码 that fails the GB 32100 check is probably a typo.
 */
export const partyIdentifiers: Rule = (record) => {
  const issues: Issue[] = [];
  const { party } = record;
  const ids = party.identifiers ?? {};
  if (party.kind !== PartyKind.naturalPerson && !Object.values(ids).some(isPresent)) {
    issues.push({
      code: 'party.identifier-missing',
      severity: Severity.error,
      field: 'party.identifiers.unifiedSocialCreditCode',
      message: `${party.kind}应填写统一社会信用代码（没有时填写工商注册号等代码_2至代码_6之一）。`,
      messageEn: `a ${party.kind} party needs its unified social credit code (or a legacy code _2 to _6).`,
    });
  }
  if (ids.unifiedSocialCreditCode) {
    const check = checkUnifiedSocialCreditCode(ids.unifiedSocialCreditCode);
    if (!check.valid) {
      issues.push({
        code: 'party.credit-code-invalid',
        severity: Severity.warning,
        field: 'party.identifiers.unifiedSocialCreditCode',
        message:
          check.problem === 'checksum'
            ? `统一社会信用代码校验位不符（按 GB 32100 应为 ${check.expectedCheck}），请核对是否录入错误；少数早期代码确实不符。`
            : '统一社会信用代码应为 18 位数字或大写字母（不含 I、O、Z、S、V），请核对。',
        messageEn:
          check.problem === 'checksum'
            ? `the unified social credit code fails the GB 32100 check (expected check character ${check.expectedCheck}): probably a typo, though a few early codes are real.`
            : 'the unified social credit code must be 18 digits or capital letters (no I, O, Z, S, V).',
        ...(check.expectedCheck
          ? { expected: check.normalised.slice(0, 17) + check.expectedCheck }
          : {}),
        received: ids.unifiedSocialCreditCode,
      });
    }
  }
  if (record.agency.code && !checkUnifiedSocialCreditCode(record.agency.code).valid) {
    issues.push({
      code: 'agency.credit-code-invalid',
      severity: Severity.warning,
      field: 'agency.code',
      message: '执法机关统一社会信用代码未通过 GB 32100 校验，请核对。',
      messageEn: "the agency's unified social credit code fails the GB 32100 check.",
      received: record.agency.code,
    });
  }
  return issues;
};
