/**
 * `npx tsx scripts/example-sheets.ts FOLDER [AGENCIES]`: writes fictitious 双公示 sheets as an
 * agency's system exports them (行政处罚 as GBK CSV, 行政许可 as XLSX) for the first AGENCIES
 * sample agencies (default 1, 示例县市场监督管理局), to try `gongshi build` with
 * (docs/PUBLISHING.md). No real person's data.
 */
import { resolve } from 'node:path';
import { writeSampleSheets } from '../test/support/sample-sheets';

const [folder, agencies = '1'] = process.argv.slice(2);
if (!folder) {
  console.error('Usage: npx tsx scripts/example-sheets.ts FOLDER [AGENCIES]');
  process.exit(2);
}
const files = writeSampleSheets(resolve(folder), {
  count: 240,
  agencies: Number(agencies),
  profiles: false,
});
for (const file of files) console.log(file);
