import { addDays } from '../calendar/iso-date';
import { PartyKind } from '../records/enumerations';
import { ColumnSet } from '../spreadsheet/columns';
import { exportRows } from '../spreadsheet/export-rows';
import { fictitiousResidentId } from './fictitious';
import { seededRandom } from './random';
import { generateSampleRecords } from './sample-feed';

/**
 * A 双公示 行政处罚 sheet as an agency's system exports it, for benchmarks and demos: the
 * sample penalties with 证件类型/证件号码 filled in for natural persons (fictitious IDs, a
 * few of them minors on the decision date), dates written 2025/3/1.
 */
export function generatePenaltySheet({ seed = 2018, rows = 1000 } = {}): string[][] {
  const random = seededRandom(seed + 7);
  const records = [];
  // Penalties are about a third of the decisions: generate enough, repeating seeds if needed.
  for (let round = 0; records.length < rows; round++) {
    const batch = generateSampleRecords({ seed: seed + round, count: Math.max(60, rows * 3) });
    records.push(...batch.filter((record) => record.category === '行政处罚' && !record.withdrawal));
  }
  const sheet = exportRows(records.slice(0, rows), ColumnSet.penalty);
  const header = sheet[0]!;
  const column = (title: string) => header.indexOf(title);
  const [kind, idType, idNumber, decided] = [
    column('行政相对人类别'),
    column('证件类型'),
    column('证件号码'),
    column('处罚决定日期'),
  ];
  for (const row of sheet.slice(1)) {
    if (row[kind] === PartyKind.naturalPerson) {
      const minor = random.chance(0.02);
      const age = minor ? random.int(14, 17) : random.int(19, 70);
      const birth = addDays(row[decided]!, -Math.round(age * 365.25) - random.int(0, 300));
      row[idType] = '身份证';
      row[idNumber] = fictitiousResidentId(random, birth);
    }
    row[decided] = row[decided]!.replace(/-0?/g, '/');
  }
  return sheet;
}
