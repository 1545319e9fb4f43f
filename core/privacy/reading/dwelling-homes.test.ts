import { describe, expect, it } from 'vitest';
import { redactText } from '../redact';

describe('homes that are no address', () => {
  it('removes a dormitory, a guard station or a raft’s cabin said to be where someone lives', () => {
    const redacted = redactText(
      '红星村护林员钟某某（住草林林场老虎坑管护站）巡山时发现山沟内有带电铁丝。看塘工人陈某某、程某某均住养殖场场部集体宿舍，负责每晚通电。现场看管网箱的工人黄某某、黎某某（均住网箱旁渔排管理房）称公司表示等鱼出完再拆。',
    );
    for (const home of ['老虎坑管护站', '场部集体宿舍', '渔排管理房'])
      expect(redacted).not.toContain(home);
  });

  it('takes any place under a home’s own label in a person’s row, not a word for none', () => {
    const html =
      '户主：额尔敦巴特尔\u2063住址：哈日高毕嘎查冬季营地\u2063致害物种：狼\n户主：乌云其其格\u2063住址：同上\u2063致害物种：狼\n当事人：王建\n家庭住址：以船为家，住船上';
    const redacted = redactText(html);
    expect(redacted).not.toContain('冬季营地');
    expect(redacted).toContain('住址：同上');
    expect(redacted).toContain('以船为家');
  });

  it('leaves a place told only by whose it is, and a shed no one is said to live in', () => {
    const text = '陈小丽住在店里的员工宿舍，何娟住在她姐姐家。现场有工棚一座。';
    expect(redactText(text)).toContain('店里的员工宿舍');
    expect(redactText(text)).toContain('工棚一座');
  });
});
