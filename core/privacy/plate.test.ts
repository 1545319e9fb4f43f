import { describe, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';

describe('licence plate (GA 36-2018)', () => {
  it.each([
    ['plain', '车牌号川E12345的', '川E12345'],
    ['middle dot', '驾驶川E·A1234号车辆', '川E·A1234'],
    ['new-energy small', '川AD12345', '川AD12345'],
    ['new-energy large', '川A12345F', '川A12345F'],
    ['full-width', '川Ｅ１２３４５', '川Ｅ１２３４５'],
    ['Traditional province', '粵B12345', '粵B12345'],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['plate', found]]);
  });

  it.each([
    ['document number', '川府发〔2018〕12号'],
    ['letter O', '川O12345'],
    ['too few digits', '川EABCD1'],
    ['too long', '川E1234567'],
  ])('%s is not a plate', (_name, text) => {
    expectFindings(text, []);
  });
});
