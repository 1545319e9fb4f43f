import { describe, expect, it } from 'vitest';
import type { DecisionRecord } from '../../core/records/index';
import { publicationChecklist } from './checklist';

describe('publicationChecklist with a minor on the page', () => {
  const record = (kind: DecisionRecord['party']['kind']): DecisionRecord => ({
    id: 'draft',
    category: '行政处罚',
    party: { name: '王某某', kind },
    agency: { name: '泸州市江阳区公安局' },
    decisionDate: '2024-03-20',
  });

  it.each(['自然人', '个体工商户', '法人及非法人组织'] as const)(
    'fails the minors item for a party drafted as %s',
    (kind) => {
      const { issues } = publicationChecklist(record(kind), {
        today: '2024-03-22',
        minorOnPage: true,
      });
      expect(issues[0]).toMatchObject({ code: 'party.minor', severity: 'error' });
    },
  );
});
