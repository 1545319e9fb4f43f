import type { LocaleTable } from '../internal/locale-table';

/** The 岗位职责公示牌 print view's words (the board itself and its controls). */
export interface BoardMessages {
  /** The button under the officers table that opens the print view. */
  readonly open: string;
  readonly title: string;
  readonly hint: (count: number) => string;
  readonly print: string;
  readonly back: string;
  readonly post: string;
  readonly officer: string;
  readonly certificate: string;
  readonly category: string;
  readonly area: string;
  readonly duties: string;
  readonly contacts: string;
  readonly hours: string;
  readonly note: string;
  readonly blank: string;
}

export const BOARD_MESSAGES: LocaleTable<BoardMessages> = {
  'zh-CN': {
    open: '打印岗位职责公示牌',
    title: '岗位职责公示牌',
    hint: (count) =>
      `共 ${count} 张公示牌，每张一页。打印时请选 A4 或 A3 纸、纵向；按“打印”后在打印对话框中选择纸张。`,
    print: '打印',
    back: '返回执法主体信息',
    post: '岗位',
    officer: '在岗人员',
    certificate: '执法证号',
    category: '执法类别',
    area: '执法区域',
    duties: '岗位职责',
    contacts: '进度查询、咨询与投诉举报',
    hours: '时间',
    note: '工作人员应佩戴工作证件、公开办事；如发现不履行职责或违规办事，请拨打上述电话投诉举报。',
    blank: '＿＿＿＿＿＿＿＿',
  },
  'zh-TW': () => import('./responsibility-board.messages.zh-TW').then((module) => module.messages),
  en: () => import('./responsibility-board.messages.en').then((module) => module.messages),
};
