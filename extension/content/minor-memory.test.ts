import { describe, expect, it } from 'vitest';
import { redactText } from '../../core/privacy/index';
import { RedactionStyle, redactedForDisplay, scanForPersonalData } from '../services/privacy';
import { isMinorFinding, MinorMemory } from './minor-memory';

// Fictitious: the only evidence of the party's age is the birth date inside the ID number
// (valid GB 11643 check digit), which every redaction removes.
const BY_ID = [
  '泸州市江阳区公安局',
  '行政处罚决定书',
  '当事人：王小明，男，身份证号：510502200805031231，住址：泸州市江阳区康城路12号3单元502室。',
  '经查，2024年1月12日，当事人在江阳区某网吧内殴打他人。',
  '2024年3月20日',
].join('\n');
const UNNAMED =
  '当事人：男，2008年5月3日出生。\n经查，当事人在网吧内殴打他人。\n泸州市江阳区公安局\n2024年3月20日';
const ADULT = BY_ID.replace('王小明', '李大军').replace('510502200805031231', '510502198805031239');

/** What the checker hands the memory after one scan of one surface holding `text`. */
function scan(memory: MinorMemory, text: string, others: readonly string[] = []) {
  const seen = scanForPersonalData(text)
    .filter(isMinorFinding)
    .map((finding) => ({ finding, surface: '正文' }));
  return memory.update(seen, [text, ...others]);
}

describe('MinorMemory', () => {
  it('a minor shown in the text is the page’s minor decision, with the engine’s reason', () => {
    expect(scan(new MinorMemory(), BY_ID)).toEqual({
      reason: expect.stringContaining('未成年人的决定不予公开'),
      surface: '正文',
      shown: true,
    });
  });

  it.each([
    ['public', RedactionStyle.public],
    ['staff', RedactionStyle.staff],
  ])('holds after %s-style redaction removed the only evidence', (_name, style) => {
    const memory = new MinorMemory();
    scan(memory, BY_ID);
    const redacted = redactText(BY_ID, { style });
    expect(redacted).not.toContain('510502200805031231');
    // The engine alone no longer sees a minor: the ID that gave the birth date is gone.
    expect(scanForPersonalData(redacted).some(isMinorFinding)).toBe(false);
    expect(scan(memory, redacted)).toMatchObject({ shown: false, reason: expect.any(String) });
    // And for as long as the page keeps that text, whatever else is typed.
    expect(scan(memory, `${redacted}\n备注`)).toMatchObject({ shown: false });
  });

  it('holds while any surface still names the party', () => {
    const memory = new MinorMemory();
    scan(memory, BY_ID);
    expect(scan(memory, '', [redactedForDisplay(BY_ID)])).toMatchObject({ shown: false });
  });

  it('is dropped once no surface names the party: another decision in its place', () => {
    const memory = new MinorMemory();
    scan(memory, BY_ID);
    scan(memory, redactedForDisplay(BY_ID));
    expect(scan(memory, ADULT)).toBeUndefined();
    expect(scan(memory, BY_ID.replace('王小明', '李大军'))).toMatchObject({ shown: true });
  });

  it('an unnamed minor is held by its role word', () => {
    const memory = new MinorMemory();
    expect(scan(memory, UNNAMED)).toMatchObject({ shown: true });
    const edited = UNNAMED.replace('2008年5月3日出生', '');
    expect(scan(memory, edited)).toMatchObject({ shown: false });
    expect(scan(memory, '经查，某公司无证经营。')).toBeUndefined();
  });

  it('an adult’s decision is no minor’s, and clear() forgets', () => {
    const memory = new MinorMemory();
    expect(scan(memory, ADULT)).toBeUndefined();
    scan(memory, BY_ID);
    memory.clear();
    expect(scan(memory, redactedForDisplay(BY_ID))).toBeUndefined();
  });
});
