import { type Issue, Severity } from './issue';
import type { Rule } from './rule';

/** Licences and levies are published in full text (全文公开): the text or a document attached. */
export const fullTextRule: Rule = (record, { profile }): Issue[] => {
  if (!profile.fullTextCategories.includes(record.category)) return [];
  if (record.fullText?.trim() || (record.attachments?.length ?? 0) > 0) return [];
  return [
    {
      code: 'full-text.missing',
      severity: Severity.error,
      field: 'fullText',
      message: `${record.category}决定应全文公开：请填写决定书全文，或附上决定书文件（隐去个人信息后）。`,
      messageEn: `${record.category} decisions are published in full: add the full text or attach the decision document with personal data removed.`,
    },
  ];
};
