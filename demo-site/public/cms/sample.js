// Fictitious sample of a penalty decision, as a clerk would paste it. Every person, number
// and address here is invented; the resident ID has a valid GB 11643 check digit so the
// extension finds it as it would a real one. The agency's supervision hotline is public and
// must survive redaction.
//
// `?sample=major` swaps in a major decision (重大执法决定: a ¥200,000 fine and a suspension on
// a company), which the extension lets out only with a legal-review opinion of 同意.
window.CMS_SAMPLE = (() => {
  const major = new URLSearchParams(location.search).get('sample') === 'major';
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
    document.addEventListener('DOMContentLoaded', () => {
      const title = document.getElementById('title');
      if (title) title.value = `${lines.agency}行政处罚决定书（${lines.number}）`;
    });
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
