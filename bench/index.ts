import type { Benchmark } from './internal/benchmark';
import { journalBenchmark } from './journal.bench';
import { cliScan, privacyIncremental, privacyThroughput } from './privacy.bench';
import { spreadsheetImportBenchmark } from './spreadsheet-import.bench';
import { widgetBundleSize } from './widget-bundle-size.bench';

/** Every benchmark `npm run bench` runs, in the order BENCHMARKS.md lists them. */
export const BENCHMARKS: readonly Benchmark[] = [
  widgetBundleSize,
  journalBenchmark,
  spreadsheetImportBenchmark,
  privacyThroughput,
  privacyIncremental,
  cliScan,
];
