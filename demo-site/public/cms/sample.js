// Fictitious sample of a penalty decision, as a clerk would paste it. Every person, number
// and address here is invented; the resident ID has a valid GB 11643 check digit so the
// extension finds it as it would a real one. The agency's supervision hotline is public and
// must survive redaction.
//
// `?sample=major` swaps in a major decision (重大执法决定: a ¥200,000 fine and a suspension on
// a company), which the extension lets out only with a legal-review opinion of 同意.
// `?sample=minor` is a decision on a 15-year-old (the birth date only inside the ID number),
// which the extension never lets out, not even redacted (DOMAIN.md §2).
// `?sample=table` lays the party out as a table with a header row (当事人 | 性别 | 地址): the
// address is found only when the table is read as fields (地址：…).
window.CMS_SAMPLE = (() => {
  const sample = new URLSearchParams(location.search).get('sample');
  const major = sample === 'major';
  const setTitle = (title) =>
    document.addEventListener('DOMContentLoaded', () => {
      const field = document.getElementById('title');
      if (field) field.value = title;
    });
  if (sample === 'minor') {
    const lines = [
      '示例县公安局',
      '行政处罚决定书',
      '示公（治）决字〔2024〕57号',
      '当事人：王小明，男，身份证号：510521200805031230，住址：四川省泸州市泸县福集镇龙城大道66号2栋1单元301室。',
      '经查，2024年1月12日，当事人在示例县某网吧内殴打他人，致一人轻微伤。',
      '本机关决定：给予当事人罚款人民币贰佰元的处罚。',
      '2024年3月20日',
    ];
    setTitle('示例县公安局行政处罚决定书（示公（治）决字〔2024〕57号）');
    return {
      html: lines.map((line) => `<p>${line}</p>`).join('\n'),
      text: lines.join('\n'),
      lines,
    };
  }
  if (sample === 'table') {
    const lines = {
      agency: '示例县市场监督管理局',
      number: '示市监罚〔2026〕31号',
      party: '李某某',
      address: '四川省泸州市江阳区康城路12号3单元502室',
    };
    setTitle(`${lines.agency}行政处罚决定书（${lines.number}）`);
    const html = `<p>${lines.agency}</p>
<p>行政处罚决定书</p>
<p>${lines.number}</p>
<table border="1">
<tbody>
<tr><th>当事人</th><th>性别</th><th>地址</th></tr>
<tr><td>${lines.party}</td><td>男</td><td>${lines.address}</td></tr>
</tbody>
</table>
<p>经查，当事人于2026年9月在江阳区康城路擅自占道经营。</p>
<p>本机关决定：罚款人民币贰佰元整。</p>
<p>2026年11月20日</p>`;
    const text = [
      lines.agency,
      '行政处罚决定书',
      lines.number,
      `当事人：${lines.party}，男，地址：${lines.address}。`,
      '经查，当事人于2026年9月在江阳区康城路擅自占道经营。',
      '本机关决定：罚款人民币贰佰元整。',
      '2026年11月20日',
    ].join('\n');
    return { html, text, lines };
  }
  const lines = {
    agency: '示例县市场监督管理局',
    title: '行政处罚决定书',
    number: '示市监罚〔2026〕15号',
    party: '当事人：示例县某某食品经营部（个体工商户），统一社会信用代码：92510521MA6ABCDE1X。',
    operator: '经营者：王某明',
    id: '510521198503121230',
    mobile: '13908301234',
    address: '四川省泸州市泸县福集镇龙城大道88号3栋2单元501室',
    facts:
      '经查，当事人于2026年9月销售超过保质期的食品，违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。',
    decision: '本机关决定：罚款人民币贰佰元整。',
    remedy:
      '如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者六个月内提起行政诉讼。监督电话：0830-3102315。',
    date: '2026年11月20日',
  };
  if (major) {
    Object.assign(lines, {
      number: '示市监罚〔2026〕20号',
      party:
        '当事人：示例县某某化工有限公司，统一社会信用代码：91510521MA6ABCDE2W，法定代表人：刘某。',
      facts:
        '经查，当事人于2026年8月至9月生产不符合食品安全标准的食品添加剂，货值金额较大，违反了《中华人民共和国食品安全法》第三十四条的规定。',
      decision: '本机关决定：罚款人民币贰拾万元整，责令停产停业整顿三个月。',
    });
    setTitle(`${lines.agency}行政处罚决定书（${lines.number}）`);
  }
  const html = `<p><strong>${lines.agency}</strong></p>
<p>${lines.title}</p>
<p>${lines.number}</p>
<p>${lines.party}</p>
<table border="1">
<tbody>
<tr><th>经营者</th><td>王某明</td></tr>
<tr><th>身份证号</th><td>${lines.id}</td></tr>
<tr><th>联系电话</th><td>${lines.mobile}</td></tr>
<tr><th>住址</th><td>${lines.address}</td></tr>
</tbody>
</table>
<p>${lines.facts}</p>
<p>${lines.decision}</p>
<p>${lines.remedy}</p>
<p>${lines.date}</p>`;
  const text = [
    lines.agency,
    lines.title,
    lines.number,
    lines.party,
    `${lines.operator}，身份证号：${lines.id}，联系电话：${lines.mobile}，住址：${lines.address}。`,
    lines.facts,
    lines.decision,
    lines.remedy,
    lines.date,
  ].join('\n');
  return { html, text, lines };
})();
