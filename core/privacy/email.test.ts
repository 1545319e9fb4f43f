import { describe, it } from 'vitest';
import { expectFindings } from '../../test/privacy/expect-findings';

describe('email', () => {
  it.each([
    ['plain', '邮箱：zhang.san@example.com。', 'zhang.san@example.com'],
    ['full-width at', '邮箱 li_si＠example.cn', 'li_si＠example.cn'],
    ['subdomain', 'wang-wu+1@mail.example.com.cn', 'wang-wu+1@mail.example.com.cn'],
  ])('%s', (_name, text, found) => {
    expectFindings(text, [['email', found]]);
  });

  it.each([
    ['government address', '监督邮箱：jdts@luzhou.gov.cn'],
    ['labelled supervision mailbox', '举报邮箱：lzscjg@163.com'],
    ['no domain dot', 'user@localhost'],
  ])('%s is not reported', (_name, text) => {
    expectFindings(text, []);
  });
});
