import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { serialiseFeed } from '../../core/feed/serialise-feed';
import type { AgencyProfile } from '../../core/records/agency-profile';
import type { DecisionRecord } from '../../core/records/decision-record';
import { generateSampleAgencies, generateSampleRecords } from '../../core/sample/sample-feed';
import { ColumnSet } from '../../core/spreadsheet/columns';
import { formatCsv } from '../../core/spreadsheet/csv';
import { exportRows } from '../../core/spreadsheet/export-rows';
import { writeXlsx } from '../../core/spreadsheet/xlsx-write';

export interface SampleSheetsOptions {
  readonly seed?: number;
  readonly count?: number;
  /** Keep only this many agencies of the sample (default all seven). */
  readonly agencies?: number;
  /** Copies of the sample agencies under new names, to reach e.g. 20 agencies. */
  readonly agencyCount?: number;
  readonly today?: string;
  /** At most this many records (the first ones, in date order). */
  readonly limit?: number;
  /** Also write agencies.json with the 事前公开 profiles (default true). */
  readonly profiles?: boolean;
}

/** The decisions a folder of sheets can carry: penalties and licences as agencies export them. */
export function sheetRecords({
  seed = 2018,
  count = 240,
  agencies = 7,
  agencyCount,
  today = '2026-11-20',
  limit,
}: SampleSheetsOptions = {}): { records: DecisionRecord[]; agencies: AgencyProfile[] } {
  const profiles = generateSampleAgencies(seed).slice(0, agencies);
  let records = generateSampleRecords({ seed, count, today }).filter(
    (record) =>
      (record.category === '行政处罚' || record.category === '行政许可') &&
      profiles.some((profile) => profile.name === record.agency.name),
  );
  let all = profiles;
  if (agencyCount && agencyCount > profiles.length) {
    // Agency n gets the sample agency n mod 7's profile under a new name and code.
    all = Array.from({ length: agencyCount }, (_, index) => {
      const base = profiles[index % profiles.length]!;
      if (index < profiles.length) return base;
      const suffix = String(index + 1).padStart(2, '0');
      return {
        ...base,
        name: base.name.replace('示例县', `示例县第${suffix}`),
        code: `${base.code!.slice(0, 14)}${suffix}${base.code!.slice(16)}`,
      };
    });
    records = records.map((record, index) => {
      const agency = all[index % all.length]!;
      return {
        ...record,
        id: `${record.id}-${index}`,
        agency: { name: agency.name, code: agency.code! },
      };
    });
  }
  return { records: limit === undefined ? records : records.slice(0, limit), agencies: all };
}

/**
 * Writes a folder of sample sheets as the agencies send them: per agency a 行政处罚 CSV in
 * GBK and a 行政许可 XLSX, plus agencies.json with the 事前公开 profiles. Returns the files.
 */
export function writeSampleSheets(folder: string, options: SampleSheetsOptions = {}): string[] {
  const { records, agencies } = sheetRecords(options);
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  agencies.forEach((agency, index) => {
    const own = records.filter((record) => record.agency.name === agency.name);
    const key = `a${String(index + 1).padStart(2, '0')}`;
    const penalties = own.filter((record) => record.category === '行政处罚');
    const licences = own.filter((record) => record.category === '行政许可');
    if (penalties.length > 0) {
      const file = join(folder, `${key}-行政处罚.csv`);
      writeFileSync(file, iconv.encode(formatCsv(exportRows(penalties, ColumnSet.penalty)), 'gbk'));
      files.push(file);
    }
    if (licences.length > 0) {
      const file = join(folder, `${key}-行政许可.xlsx`);
      writeFileSync(file, writeXlsx(exportRows(licences, ColumnSet.licence), '行政许可'));
      files.push(file);
    }
  });
  if (options.profiles === false) return files;
  const feedFile = join(folder, 'agencies.json');
  writeFileSync(
    feedFile,
    serialiseFeed({
      format: 'gongshi-feed',
      version: 1,
      kind: 'records',
      title: '示例县行政执法公示',
      publisher: { name: '示例县人民政府' },
      profile: 'luzhou-2018',
      agencies,
      records: [],
    }),
  );
  files.push(feedFile);
  return files;
}
