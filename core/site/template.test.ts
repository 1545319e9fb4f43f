import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_TEMPLATE, parsePageTemplate } from './template';

const page = { title: '<标题>', content: '<p>正文</p>', root: '../', head: '<link rel="x">' };

describe('parsePageTemplate', () => {
  it.each([
    ['<title>x</title><main></main>', ['template.content-missing', 'template.title-missing']],
    ['<title>{{title}}</title>{{content}}{{content}}', ['template.content-repeated']],
    ['<main>{{content}}</main>', ['template.title-missing']],
  ])('refuses %s with a bilingual reason', (source, codes) => {
    const { template, problems } = parsePageTemplate(source);
    expect(template).toBeUndefined();
    expect(problems.map((problem) => problem.code)).toEqual(codes);
    for (const problem of problems) {
      expect(problem.message).toMatch(/模板/);
      expect(problem.messageEn).toMatch(/template/);
    }
  });

  it('fills the placeholders: the title escaped, the content as markup, root and head', () => {
    const { template } = parsePageTemplate(
      '<html><head><title>{{ title }} - 示例县</title>{{head}}</head><body><a href="{{root}}index.html">首页</a><h2>{{title}}</h2>{{content}}</body></html>',
    );
    expect(template!.render(page)).toBe(
      '<html><head><title>&lt;标题&gt; - 示例县</title><link rel="x"></head><body><a href="../index.html">首页</a><h2>&lt;标题&gt;</h2><p>正文</p></body></html>',
    );
  });

  it('puts the stylesheet before </head> when the template has no {{head}}', () => {
    const { template } = parsePageTemplate('<head><title>{{title}}</title></head>{{content}}');
    expect(template!.render(page)).toBe(
      '<head><title>&lt;标题&gt;</title><link rel="x">\n</head><p>正文</p>',
    );
  });

  it('never re-reads placeholders inside the content (a feed string cannot inject one)', () => {
    const { template } = parsePageTemplate(DEFAULT_PAGE_TEMPLATE);
    const out = template!.render({ ...page, content: '{{title}}{{content}}' });
    expect(out).toContain('<main id="gs-main">\n{{title}}{{content}}\n</main>');
    expect(out).toContain('<html lang="zh-CN">');
  });
});
