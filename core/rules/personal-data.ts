import type { DecisionRecord } from '../records/decision-record';
import { type Issue, Severity } from './issue';
import type { Rule } from './rule';

/** Every public free-text field of a record, as [path, text]. The party's own name is left out. */
export function publicTexts(record: DecisionRecord): [string, string][] {
  const texts: [string, string][] = [];
  const add = (path: string, text: string | undefined) => {
    if (text) texts.push([path, text]);
  };
  add('documentTitle', record.documentTitle);
  add('decisionKind', record.decisionKind);
  add('violationType', record.violationType);
  add('facts', record.facts);
  add('basis', record.basis);
  add('content', record.content);
  add('conclusion', record.conclusion);
  add('suspendedLicence', record.suspendedLicence);
  add('fullText', record.fullText);
  add('remarks', record.remarks);
  add('revocation.reason', record.revocation?.reason);
  add('withdrawal.reason', record.withdrawal?.reason);
  record.attachments?.forEach((attachment, index) => {
    add(`attachments[${index}].title`, attachment.title);
  });
  record.corrections?.forEach((correction, index) => {
    add(`corrections[${index}].reason`, correction.reason);
    for (const [key, value] of Object.entries(correction.previous ?? {})) {
      add(`corrections[${index}].previous.${key}`, value);
    }
  });
  return texts;
}

/**
 * Personal data in public fields, found by the injected scanner (the privacy engine). Without
 * a scanner the rule is silent: the CLI and the extension always pass one.
 */
export const personalDataRule: Rule = (record, { scanText }) => {
  if (!scanText) return [];
  const issues: Issue[] = [];
  for (const [field, text] of publicTexts(record)) {
    // A minor's decision is its own error (party.minor, minor-party.ts), not personal data.
    const findings = scanText(text).filter((finding) => finding.kind !== 'minor');
    if (findings.length === 0) continue;
    const kinds = [...new Set(findings.map((finding) => finding.kind))];
    const where = findings
      .map((finding) => `${finding.kind}@${finding.start}-${finding.end}`)
      .join(', ');
    issues.push({
      code: 'personal-data.found',
      severity: Severity.error,
      field,
      message: `「${field}」中含有不应公开的个人信息（${kinds.join('、')}，共 ${findings.length} 处），请删除或替换后再公开。`,
      messageEn: `${field} contains personal data that must not be published (${kinds.join(', ')}; ${findings.length} place(s)); remove it before publishing.`,
      received: where,
    });
  }
  return issues;
};
