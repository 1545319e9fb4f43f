import { describe, expect, it } from 'vitest';
import { redactText } from '../redact';
import { isPdfSpaceAt, readOnAcrossSpaces } from './pdf-spacing';

describe('addresses a PDF’s spaces cut', () => {
  it('reads a person’s address on across the spaces between its digits and words, to its end', () => {
    const redacted = redactText(
      [
        '当事人：贾振国               性别：男',
        '现住址：威县洺州镇冀南新区中华大街 266 号御景湾小区',
        '9 号楼 1 单元 302 室',
        '联系电话：158 3190 2876',
      ].join('\n'),
    );
    for (const piece of ['266 号', '御景湾小区', '9 号楼 1 单元 302 室'])
      expect(redacted).not.toContain(piece);
    expect(redacted).toContain('威县');
  });

  it('reads on whichever detector found the address (a run-on party paragraph’s 户籍地, 现住)', () => {
    const redacted = redactText(
      '当事人：舒建平，男，1982 年 2 月 10 日出生，户籍地溆浦县思蒙镇思蒙村 7 组，现住溆浦县卢峰镇向警予路 102 号，联系电话 138 7451 0639。',
    );
    expect(redacted).not.toContain('7 组');
    expect(redacted).not.toContain('102 号');
  });

  it('leaves a company’s and the agency’s addresses, however spaced', () => {
    const text =
      '当事人：威县新奥燃气有限公司\n住所：威县洺州镇工业园区燃气路 8 号\n法定代表人：王建\n\n本机关地址：威县人民路 18 号 3 楼';
    expect(redactText(text)).toBe(text);
  });

  it('stops where the next field or the sentence starts, not at the next digit', () => {
    const end = (text: string, at: string) =>
      text.slice(0, readOnAcrossSpaces(text, text.indexOf(at) + at.length, text.length));
    expect(end('星座2-1904 电子邮箱', '1904')).toBe('星座2-1904');
    expect(end('702室 158-5582-3716', '702室')).toBe('702室');
    expect(end('某路12 号 2024 年', '某路12')).toBe('某路12 号');
    expect(end('广场 B 座 1806 室', '广场')).toBe('广场 B 座 1806 室');
  });

  it('takes one space between a digit or letter and a Han character for a PDF’s, two for a column’s gap', () => {
    expect(isPdfSpaceAt('大街 266', 2)).toBe(true);
    expect(isPdfSpaceAt('266 号', 3)).toBe(true);
    expect(isPdfSpaceAt('大街  266', 2)).toBe(false);
    expect(isPdfSpaceAt('大街 路', 2)).toBe(false);
  });
});
