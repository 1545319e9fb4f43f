import { describe, expect, it } from 'vitest';
import { ageOn, readResidentId } from './resident-id';

// Fictitious numbers: region 519999, which no county has (Sichuan has no prefecture 99), made-up sequences.
describe('readResidentId', () => {
  it.each([
    ['519999200901010018', '2009-01-01', 18],
    ['51999920090101001x', '2009-01-01', 18],
    ['５１０５２１２００９０１０１００１Ｘ', '2009-01-01', 18],
    ['519999 19800229 0013', '1980-02-29', 18],
    ['519999800101001', '1980-01-01', 15],
    ['519999200902300011', undefined, undefined],
    ['51999919810229001X', undefined, undefined],
    ['12345', undefined, undefined],
  ])('%s → %s', (id, birthDate, form) => {
    const reading = readResidentId(id);
    expect(reading.birthDate).toBe(birthDate);
    expect(reading.form).toBe(form);
  });

  it('flags a wrong check character but still reads the date', () => {
    const reading = readResidentId('519999200901010019');
    expect(reading.birthDate).toBe('2009-01-01');
    expect(reading.checksumValid).toBe(false);
  });
});

describe('ageOn', () => {
  it.each([
    ['2008-10-01', '2026-09-30', 17],
    ['2008-10-01', '2026-10-01', 18],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['1980-01-01', '2026-11-28', 46],
  ])('born %s, on %s → %i', (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });
});
