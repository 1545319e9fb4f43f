import { boardStyles } from '../board-styles';
import { escapeHtml, html, type Markup } from '../html';
import type { SitePublicText } from '../public-text';
import type { Paper, ResponsibilityBoard } from '../responsibility-board';

/** The printed words of a 岗位职责公示牌 (zh-CN: boards hang in Chinese service halls). */
const BOARD_TEXT = {
  title: '岗位职责公示牌',
  post: '岗位',
  officer: '在岗人员',
  certificate: '执法证号',
  category: '执法类别',
  area: '执法区域',
  duties: '岗位职责',
  contacts: '进度查询、咨询与投诉举报',
  blank: '＿＿＿＿＿＿＿＿',
  note: '工作人员应佩戴工作证件、公开办事；如发现不履行职责或违规办事，请拨打上述电话投诉举报。',
  hours: '时间',
} as const;

/** The boards, one `<article class="gs-board">` each (one sheet each when printed). */
export function renderBoards(
  boards: readonly ResponsibilityBoard[],
  publicText: SitePublicText,
): Markup {
  return html`${boards.map((board, index) => {
    const officer = board.officer;
    const id = `gs-board-${index + 1}`;
    // An article per board, named by title and officer (not landmarks with one name).
    return html`<article class="gs-board" aria-labelledby="${id} ${id}-name">
<p class="gs-board-agency">${publicText(board.agency)}</p>
<h1 class="gs-board-title" id="${id}">${BOARD_TEXT.title}</h1>
<p class="gs-board-post">${BOARD_TEXT.post}：${publicText(board.post)}</p>
<dl class="gs-board-officer">
<dt>${BOARD_TEXT.officer}</dt><dd class="gs-board-name" id="${id}-name">${officer ? publicText(officer.name) : BOARD_TEXT.blank}</dd>
<dt>${BOARD_TEXT.certificate}</dt><dd>${officer ? publicText(officer.certificateNumber) : BOARD_TEXT.blank}</dd>
${officer?.enforcementCategory ? html`<dt>${BOARD_TEXT.category}</dt><dd>${publicText(officer.enforcementCategory)}</dd>` : ''}
${officer?.area ? html`<dt>${BOARD_TEXT.area}</dt><dd>${publicText(officer.area)}</dd>` : ''}
</dl>
<h2 class="gs-board-section">${BOARD_TEXT.duties}</h2>
<ol class="gs-board-duties gs-board-duties-${board.dutySizeStep}">${board.duties.map((duty) => html`<li>${publicText(duty)}</li>`)}</ol>
<h2 class="gs-board-section">${BOARD_TEXT.contacts}</h2>
<dl class="gs-board-contacts">${board.contacts.map(
      (channel) =>
        html`<dt>${publicText(channel.kind)}</dt><dd>${publicText(channel.value)}${channel.hours ? `（${BOARD_TEXT.hours}：${publicText(channel.hours)}）` : ''}</dd>`,
    )}</dl>
<p class="gs-board-note">${BOARD_TEXT.note}</p>
</article>
`;
  })}`;
}

export interface BoardDocumentOptions {
  readonly paper: Paper;
  readonly publicText: SitePublicText;
  /** Inline the stylesheet (a file to print on its own) or link it (a page of a built site). */
  readonly stylesheet: { readonly inline: true } | { readonly href: string };
}

/**
 * A printable HTML document of boards: one per sheet of `paper`, portrait, nothing else on
 * the sheet. Self-contained with `inline` styles (no request of any kind).
 */
export function boardDocument(
  boards: readonly ResponsibilityBoard[],
  options: BoardDocumentOptions,
): string {
  const agency = options.publicText(boards[0]?.agency ?? '');
  const style =
    'inline' in options.stylesheet
      ? `<style>\n${boardStyles(options.paper)}</style>`
      : `<link rel="stylesheet" href="${escapeHtml(options.stylesheet.href)}">`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${agency} ${BOARD_TEXT.title}`)}</title>
${style}
</head>
<body>
<div class="gs-board-actions"><p>${escapeHtml(`共 ${boards.length} 张公示牌。打印时请选 ${options.paper} 纸、纵向、无页边距（每张公示牌一页）。`)}</p></div>
<main>
${renderBoards(boards, options.publicText).value}</main>
</body>
</html>
`;
}
