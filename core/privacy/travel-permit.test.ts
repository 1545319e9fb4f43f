import { describe, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';

describe('travel permits', () => {
  it.each([
    ['往来港澳通行证 C + 8', '往来港澳通行证：C12345678', 'C12345678'],
    ['C + letter + 7', '通行证CA1234567', 'CA1234567'],
    ['回乡证 H + 8', '回乡证H12345678', 'H12345678'],
    ['回乡证 M + 10', '回乡证 M1234567890', 'M1234567890'],
    ['台胞证 8 digits', '台胞证号码：12345678', '12345678'],
    ['往来台湾通行证 L + 8', '往来台湾通行证：L12345678', 'L12345678'],
    ['台湾居民来往大陆通行证号码, Traditional', '臺灣居民來往大陸通行證號碼：10482736', '10482736'],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['travel-permit', found]]);
  });

  it('reads each item of a list under one label', () => {
    expectFindings('二人分别持台湾居民来往大陆通行证（号码：10482736、07319528）入住。', [
      ['travel-permit', '10482736'],
      ['travel-permit', '07319528'],
    ]);
  });

  it('a list goes on only from the item its label was found for', () => {
    expectFindings('台胞证号码：10482736、金额12345678元', [['travel-permit', '10482736']]);
  });

  it('8 digits without a label are not a permit', () => {
    expectFindings('金额12345678元', []);
  });
});
