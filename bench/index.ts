import { extensionIdleCost } from './extension-idle-cost.bench';
import { extensionKeystroke } from './extension-keystroke.bench';
import type { Benchmark } from './internal/benchmark';
import { journalBenchmark } from './journal.bench';
import { cliScan, privacyIncremental, privacyThroughput } from './privacy.bench';
import { siteBuildBenchmark } from './site-build.bench';
import { spreadsheetImportBenchmark } from './spreadsheet-import.bench';
import { widgetBundleSize } from './widget-bundle-size.bench';
import { widgetFirstRows, widgetSearch } from './widgets-feed.bench';

/** Every benchmark `npm run bench` runs, in the order BENCHMARKS.md lists them. */
export const BENCHMARKS: readonly Benchmark[] = [
  widgetBundleSize,
  widgetFirstRows,
  widgetSearch,
  journalBenchmark,
  spreadsheetImportBenchmark,
  siteBuildBenchmark,
  privacyThroughput,
  privacyIncremental,
  cliScan,
  extensionKeystroke,
  extensionIdleCost,
];
