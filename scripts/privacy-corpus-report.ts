/**
 * Prints the privacy engine's figures on the labelled corpus, one table per split
 * (test/fixtures/privacy-corpus/LABELLING.md). The blind split is printed as figures only:
 * its documents are never read to tune the engine, so their misses are not listed unless
 * asked for (`--details blind`, for the closing report of a release).
 *
 * Run: npx tsx scripts/privacy-corpus-report.ts [--details families|fresh|legacy|blind]
 */
import {
  measureDocument,
  readCorpus,
  Split,
  summarise,
  summaryTable,
} from '../test/privacy/corpus-metrics';

const detailsFor = new Set(
  process.argv.flatMap((arg, index, all) => (all[index - 1] === '--details' ? [arg] : [])),
);
const documents = readCorpus();
for (const split of Object.values(Split)) {
  const results = documents.filter((document) => document.split === split).map(measureDocument);
  if (results.length === 0) continue;
  const summary = summarise(results);
  console.log(`\n## ${split}: ${summary.documents} documents, ${summary.families} families\n`);
  console.log(summaryTable(summary));
  if (detailsFor.has(split)) {
    for (const line of [
      ...summary.missed,
      ...summary.lostPublic.map((item) => `public lost: ${item}`),
    ])
      console.log(`  ${line}`);
  }
}
