import { describe, expect, it } from 'vitest';
import { redactText } from '../redact';

describe('addresses wrapped onto lines indented to their value', () => {
  it('removes each line of a home a form’s hanging indent wrapped, keeping the breaks and a remark', () => {
    const text = [
      '当事人：范永福',
      '　　最后居住地：陆良县中枢街道东门社区',
      '　　　　　　　　紫溪路金龙小区4幢1单元',
      '　　　　　　　　201室（租住）',
      '　　联系电话：13987450213',
    ].join('\n');
    const redacted = redactText(text);
    for (const piece of ['紫溪路金龙小区4幢1单元', '201室']) expect(redacted).not.toContain(piece);
    expect(redacted).toContain('（租住）');
    expect(redacted.split('\n')).toHaveLength(5);
  });

  it('reads ASCII indents too, and leaves a company’s address so wrapped', () => {
    const redacted = redactText(
      '违法行为人：罗某某\n住址：重庆市綦江区古南街道沙溪路\n      南州花园1704号\n法定代理人：罗某某（当事人之父）',
    );
    expect(redacted).not.toContain('1704号');
    const company =
      '当事人：秦安县恒通汽车服务有限公司\n住所：秦安县兴国镇成纪大道\n　　　阳光城小区9号楼1单元1102室';
    expect(redactText(company)).toBe(company);
  });

  it('reads on an address a line break cut, whichever detector found it, not into a table’s next column', () => {
    const redacted = redactText(
      '当事人：向德明，男，1963年4月12日出生，\n\n地址：宜昌市夷陵区小溪塔街道东湖大道\n\n安置小区B区3栋2单元601室，联系电话：13397175082。',
    );
    expect(redacted).not.toContain('3栋2单元601室');
    const table =
      '序号 担保人       担保人住址                       决定书文号\n 1    孙德福       莒县阎庄街道大沈庄村             莒自然资罚〔2024〕57号';
    expect(redactText(table)).toContain('莒自然资罚〔2024〕57号');
  });
});
