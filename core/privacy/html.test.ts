import { describe, expect, it } from 'vitest';
import { validResidentId } from '../../test/privacy/expect-findings';
import { projectHtml, redactHtml, scanHtml } from './html';

const ID = validResidentId('51050219850315001');

describe('projectHtml', () => {
  it('reads a page laid out in a table cell as lines, its inner tables as fields', () => {
    const html =
      '<table><tr><td><div>某某局行政处罚决定书</div><div>某罚〔2024〕1号</div>' +
      '<table><tr><td>当事人姓名</td><td>何梓轩</td></tr></table>' +
      '<p>一、给予警告；</p><p>某某局<br />2024年9月3日</p></td></tr></table>';
    expect(
      projectHtml(html)
        .text.split('\n')
        .filter((line) => line.trim() !== ''),
    ).toEqual([
      '某某局行政处罚决定书',
      '某罚〔2024〕1号',
      '当事人姓名：何梓轩',
      '一、给予警告；',
      '某某局',
      '2024年9月3日',
    ]);
  });

  it('reads a page body written in one cell with <br>s as lines', () => {
    const body = '经查，当事人于2024年5月20日在校门外与同学发生争执，并推倒对方致其擦伤。'.repeat(
      10,
    );
    const html = `<table><tr><td><div>某某公安局</div>违法行为人曾子轩，男。<br><br>${body}<br><br>办案民警：李勇<br><div>2024年6月5日</div></td></tr></table>`;
    const lines = projectHtml(html)
      .text.split('\n')
      .filter((line) => line.trim() !== '');
    expect(lines[0]).toBe('某某公安局');
    expect(lines).toContain('2024年6月5日');
  });

  it('keeps a short cell with a <br> on one line', () => {
    const html =
      '<table><tr><td>法定代理人</td><td>何永刚（父亲）<br>蒲秀琴（母亲）</td></tr></table>';
    expect(projectHtml(html).text).toContain('法定代理人：何永刚（父亲） 蒲秀琴（母亲）');
  });

  it('reads a header row with columns of its own over the rows below', () => {
    const html =
      '<table><tr><td>序号</td><td>姓名</td><td>身份证号</td><td>住址</td><td>与当事人关系</td></tr>' +
      '<tr><td>1</td><td>余桂香</td><td>' +
      ID +
      '</td><td>莲湖乡朗埠街45号</td><td>雇请的过秤员</td></tr></table>';
    expect(projectHtml(html).text).toContain('住址：莲湖乡朗埠街45号');
  });

  it('reads a row styled bold (font-weight on <tr> or <td>) as a header row', () => {
    const rows =
      '<tr><td>李桂芝</td><td>隆昌市古湖街道石碾村7组45号</td><td>小卖部</td><td>店内为电动自行车充电</td><td>当场整改</td></tr></table>';
    const head = (row: string, cell = '') =>
      `<table><tr${row}>${['户主', '住址', '经营内容', '排查发现问题', '处理情况'].map((t) => `<td${cell}>${t}</td>`).join('')}</tr>${rows}`;
    for (const html of [
      head(' style="font-weight:bold;background:#f2f2f2;"'),
      head('', ' style="FONT-WEIGHT: 700"'),
    ]) {
      const text = projectHtml(html).text;
      expect(text).toContain('户主：李桂芝');
      expect(text).toContain('住址：隆昌市古湖街道石碾村7组45号');
    }
    expect(projectHtml(head('')).text).not.toContain('户主：李桂芝');
  });

  it('reads a numbered list’s titles as a header row, styled or not (序号 over 1)', () => {
    const html =
      '<table><tr><td>序号</td><td>户主</td><td>住址</td><td>经营内容</td></tr><tr><td>1</td><td>李桂芝</td><td>隆昌市古湖街道石碾村7组45号</td><td>小卖部</td></tr></table>';
    expect(projectHtml(html).text).toContain('住址：隆昌市古湖街道石碾村7组45号');
  });

  it('joins inline markup, breaks blocks, decodes entities, maps offsets back', () => {
    const html = '<p>电话：138<b>1234</b>5678&nbsp;</p><div>x</div>';
    const projection = projectHtml(html);
    expect(projection.text).toBe('\n电话：13812345678\u00a0\nx\n');
    const nbsp = projection.text.indexOf('\u00a0');
    expect(html.slice(projection.starts[nbsp], projection.ends[nbsp])).toBe('&nbsp;');
  });
});

describe('party tables', () => {
  it.each([
    [
      'a label cell and its value cell',
      '<table><tr><td>当事人</td><td>张三</td></tr><tr><td>地址</td><td>泸州市江阳区康城路12号3单元602室</td></tr></table>',
      '泸州市江阳区康城路12号3单元602室',
    ],
    [
      'a <th> label with <p> inside the cells',
      '<table><tr><th><p>违法行为人</p></th><td><p>邓志强</p></td></tr><tr><th><p>住所</p></th><td><p>泸州市<br>江阳区康城路12号</p></td></tr></table>',
      '泸州市 江阳区康城路12号',
    ],
    [
      'a header row over the data row',
      '<table><tr><th>当事人</th><th>性别</th><th>联系地址</th></tr><tr><td>冯建华</td><td>男</td><td>纳溪区大渡口镇沙溪村8组31号</td></tr></table>',
      '纳溪区大渡口镇沙溪村8组31号',
    ],
    [
      'a definition list',
      '<dl><dt>当事人</dt><dd>张三</dd><dt>现居住地</dt><dd>泸州市江阳区康城路12号</dd></dl>',
      '泸州市江阳区康城路12号',
    ],
  ])('%s: a person’s address cell is personal', (_name, html, address) => {
    expect(
      scanHtml(html)
        .filter((f) => f.kind === 'address')
        .map((f) => f.text),
    ).toEqual([address]);
    expect(redactHtml(html)).not.toContain('康城路12号3单元602室');
  });

  it('reads a person’s address cell across the <br> a village is put after', () => {
    const html =
      '<table><tr><td>当事人</td><td>刘长明</td></tr><tr><td>户籍地</td><td>自贡市沿滩区仙市镇<br>\n金鱼村3组</td></tr></table>';
    expect(scanHtml(html).map((f) => [f.kind, f.text])).toEqual([
      ['address', '自贡市沿滩区仙市镇'],
      ['address', '金鱼村3组'],
    ]);
    expect(redactHtml(html)).toContain('<br>');
  });

  it('keeps a company’s address cell', () => {
    const html =
      '<table><tr><td>当事人</td><td>泸州某某化工有限公司</td></tr><tr><td>统一社会信用代码</td><td>91510504MA62B7CD9W</td></tr><tr><td>地址</td><td>泸州市龙马潭区石化路88号</td></tr></table>';
    expect(scanHtml(html)).toEqual([]);
  });

  it('keeps the portal footer’s phone after a table whose last row names a third person, on every pass', () => {
    // The 代收人's block must not run on into the page's footer: redaction masked 曾俊 as 曾某,
    // which the second pass read as a name again, and the footer's phone went with it.
    const html = (name: string) =>
      `<p>曾祥明：</p><p>经查，你在采石场组织开采。</p><table><tr><td>代收人及与受送达人关系</td><td>${name}（儿子）</td></tr><tr><td>备注</td><td>代收人${name}称其父在成都务工。</td></tr></table><div>威远县人民政府主办　　联系电话：0832-8221234</div>`;
    for (const name of ['曾俊', '曾某']) expect(redactHtml(html(name))).toContain('0832-8221234');
    const once = redactHtml(html('曾俊'));
    expect(redactHtml(once)).toBe(once);
  });

  it('never joins the digits of two cells into one number', () => {
    const html = '<table><tr><td>0830</td><td>2123456</td><td>13812345678</td></tr></table>';
    expect(scanHtml(html).map((f) => [f.kind, f.text])).toEqual([['mobile', '13812345678']]);
  });
});

describe('labels the page’s style shows from an attribute', () => {
  it('reads a list’s data-label (li::before { content: attr(data-label) }) as the field’s label', () => {
    const html =
      '<ul class="case-fields"><li data-label="当事人">任海平</li><li data-label="性别">男</li>' +
      '<li data-label="户籍地址">介休市连福镇南庄村北街27号</li>' +
      '<li data-label="执法人员">梁志强（14078120102）</li>' +
      '<li data-label="机关地址">介休市北坛东路99号</li></ul>';
    expect(projectHtml(html).text).toContain('户籍地址：介休市连福镇南庄村北街27号');
    const redacted = redactHtml(html);
    expect(redacted).not.toContain('南庄村北街27号');
    expect(redacted).toContain('梁志强（14078120102）');
    expect(redacted).toContain('介休市北坛东路99号');
    // The label is written for reading, never into the page.
    expect(redacted).not.toContain('户籍地址：');
  });

  it('reads a responsive table’s data-title cells, and no header twice', () => {
    const html =
      '<table><tr><td data-title="姓名">陈淑芬</td><td data-title="住址">邯郸市丛台区中华北大街18号院3号楼2单元501室</td></tr></table>';
    expect(projectHtml(html).text).toContain('住址：邯郸市丛台区');
    expect(redactHtml(html)).not.toContain('3号楼2单元501室');
    const headed =
      '<table><tr><th>姓名</th><th>住址</th></tr><tr><td data-title="姓名">陈淑芬</td><td data-title="住址">丛台区中华北大街18号</td></tr></table>';
    expect(projectHtml(headed).text).not.toContain('住址：住址：');
  });
});

describe('scanHtml', () => {
  it.each([
    [
      'split across spans',
      `<p>身份证：${ID.slice(0, 4)}<span>${ID.slice(4, 14)}</span>${ID.slice(14)}</p>`,
      'resident-id',
      ID,
    ],
    [
      'table cells',
      '<tr><td>联系电话</td><td>138<b>1234</b>5678</td></tr>',
      'mobile',
      '13812345678',
    ],
    ['alt text', '<img alt="当事人手机13912345678" src="x.png">', 'mobile', '13912345678'],
    ['title', '<abbr title="13912345678">手机</abbr>', 'mobile', '13912345678'],
    ['tel: link', '<a href="tel:+86-139-1234-5678">拨打</a>', 'mobile', '+86-139-1234-5678'],
    ['mailto: link', '<a href="mailto:zs@example.com">写信</a>', 'email', 'zs@example.com'],
    ['input value', '<input value="6222021234567890128">', 'bank-card', '6222021234567890128'],
    ['entity-encoded digits', '<p>手机&#49;3812345678</p>', 'mobile', '13812345678'],
    ['a broken tag', '<p>手机 <span 13612345678</p>', 'mobile', '13612345678'],
    ['a comment (published, if not shown)', '<!-- 手机13812345678 -->', 'mobile', '13812345678'],
  ])('%s', (_name, html, kind, text) => {
    expect(scanHtml(html).map((f) => [f.kind, f.text])).toEqual([[kind, text]]);
  });

  it.each([
    ['tag names and classes', '<p class="c13812345678" id="13812345678">公示</p>'],
    ['CSS', '<style>.x{width:13812345678px}</style><p style="margin:13812345678px">x</p>'],
    ['script', '<script>const phone = "13812345678";</script>'],
    ['ordinary links', '<a href="/page?id=13812345678">详情</a>'],
    ['the agency hotline in a cell', '<tr><td>监督电话</td><td>0830-3196001</td></tr>'],
    [
      'the agency hotline as a tel: link',
      '<p>咨询电话：<a href="tel:0830-3196001">0830-3196001</a></p>',
    ],
  ])('ignores %s', (_name, html) => {
    expect(scanHtml(html)).toEqual([]);
  });

  it('reports source offsets spanning the markup', () => {
    const html = '<p>手机138<b>1234</b>5678</p>';
    const [finding] = scanHtml(html);
    expect(html.slice(finding!.start, finding!.end)).toBe('138<b>1234</b>5678');
  });
});

describe('redactHtml', () => {
  it.each([
    [
      'keeps every tag of a split number',
      '<p>手机138<b class="x">1234</b>5678。</p>',
      '<p>手机【已脱敏】<b class="x"></b>。</p>',
    ],
    ['edits attributes', '<img alt="手机13912345678">', '<img alt="手机【已脱敏】">'],
    [
      'keeps county in addresses',
      '<p>住址：泸州市江阳区康城路<span>12</span>号</p>',
      '<p>住址：泸州市江阳区【已脱敏】<span></span></p>',
    ],
    ['leaves public data', '<p>监督电话：0830-3196001</p>', '<p>监督电话：0830-3196001</p>'],
  ])('%s', (_name, html, expected) => {
    expect(redactHtml(html)).toBe(expected);
    expect(redactHtml(expected)).toBe(expected);
    expect(scanHtml(redactHtml(html))).toEqual([]);
  });

  it('staff style masks in place', () => {
    expect(redactHtml('<td>13812345678</td>', { style: 'staff' })).toBe('<td>138****5678</td>');
  });
});
