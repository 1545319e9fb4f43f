import { describe, expect, it } from 'vitest';
import { parseFeed } from '../feed/parse-feed';
import { serialiseFeed } from '../feed/serialise-feed';
import { readResidentId } from '../identifiers/resident-id';
import { isValidUnifiedSocialCreditCode } from '../identifiers/unified-social-credit-code';
import { DECISION_CATEGORIES } from '../records/enumerations';
import { RecordState, recordState } from '../records/lifecycle';
import { importRows } from '../spreadsheet/import-rows';
import { generateSampleFeed } from './sample-feed';
import { generatePenaltySheet } from './sample-rows';

const today = '2026-11-20';
const feed = generateSampleFeed({ today });

describe('generateSampleFeed', () => {
  it('is deterministic', () => {
    expect(serialiseFeed(generateSampleFeed({ today }))).toBe(serialiseFeed(feed));
  });

  it('round-trips through the feed format, agency profiles included', () => {
    const parsed = parseFeed(serialiseFeed(feed));
    expect(parsed.problems).toEqual([]);
    expect(parsed.feed).toEqual(feed);
  });

  it('covers every category, several agencies and every lifecycle state', () => {
    expect(feed.records.length).toBeGreaterThanOrEqual(300);
    expect(new Set(feed.records.map((record) => record.category))).toEqual(
      new Set(DECISION_CATEGORIES),
    );
    expect(new Set(feed.records.map((record) => record.agency.name)).size).toBeGreaterThanOrEqual(
      6,
    );
    const states = new Set(feed.records.map((record) => recordState(record, today)));
    for (const state of Object.values(RecordState)) expect(states).toContain(state);
  });

  it('uses valid fictitious credit codes and no ID numbers', () => {
    for (const record of feed.records) {
      const code = record.party.identifiers?.unifiedSocialCreditCode;
      if (code) {
        expect(isValidUnifiedSocialCreditCode(code)).toBe(true);
        expect(code.slice(2, 8)).toBe('519999');
      }
    }
    expect(serialiseFeed(feed)).not.toMatch(/\d{17}[\dX]/);
  });
});

describe('generatePenaltySheet', () => {
  it('gives the asked number of rows with fictitious IDs, a few of them minors', () => {
    const sheet = generatePenaltySheet({ rows: 500 });
    expect(sheet).toHaveLength(501);
    const ids = sheet
      .slice(1)
      .map((row) => row[sheet[0]!.indexOf('证件号码')]!)
      .filter(Boolean);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.every((id) => id.startsWith('519999') && readResidentId(id).checksumValid)).toBe(
      true,
    );
    const result = importRows(sheet);
    expect(result.counts.rejected).toBeGreaterThan(0);
    expect(
      result.rows
        .filter((row) => row.status === 'rejected')
        .every((row) => row.problems[0]!.code === 'row.minor'),
    ).toBe(true);
  });
});
