import { describe, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';

describe('passport', () => {
  it.each([
    ['E + 8 digits', '护照号码：E12345678', 'E12345678'],
    ['E + letter + 7 digits', '持EA1234567护照', 'EA1234567'],
    ['G series', '护照G12345678', 'G12345678'],
    ['labelled official passport', '护照：SE1234567', 'SE1234567'],
    ['labelled Vietnamese passport', '护照号码：C7361058', 'C7361058'],
    ['labelled Myanmar passport (two letters, six digits)', '护照号码MB123456', 'MB123456'],
    ['a foreigner’s passport under 证件号码', '国籍：越南，证件号码：C1958402', 'C1958402'],
    ['labelled Russian passport (digits, a space)', '护照号码：75 3318462', '75 3318462'],
    ['labelled passport starting with digits', '護照09AK47215', '09AK47215'],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['passport', found]]);
  });

  it.each([
    ['E + 7 digits', 'E1234567'],
    ['inside a word', 'ABCE12345678'],
    ['two letters and six digits with no label', '型号MB123456'],
    ['a train and a year in two cells', '车次\t乘车日期\nG8606\t2025-01-26'],
    ['digits with no passport label', '编号：75 3318462'],
  ])('%s is not reported', (_n, text) => {
    expectFindings(text, []);
  });
});
