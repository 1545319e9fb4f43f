import type { BoardMessages } from './responsibility-board.messages';

export const messages: BoardMessages = {
  open: '列印崗位職責公示牌',
  title: '崗位職責公示牌',
  hint: (count) =>
    `共 ${count} 張公示牌，每張一頁。列印時請選 A4 或 A3 紙、直向；按「列印」後在列印對話框中選擇紙張。`,
  print: '列印',
  back: '返回執法主體資訊',
  post: '崗位',
  officer: '在崗人員',
  certificate: '執法證號',
  category: '執法類別',
  area: '執法區域',
  duties: '崗位職責',
  contacts: '進度查詢、諮詢與投訴舉報',
  hours: '時間',
  note: '工作人員應佩戴工作證件、公開辦事；如發現不履行職責或違規辦事，請撥打上述電話投訴舉報。',
  blank: '＿＿＿＿＿＿＿＿',
};
