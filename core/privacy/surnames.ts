/** Surnames the masks and the name reader both need. */

/** 百家姓 two-character surnames, Simplified and Traditional: the name keeps both before 某 (欧阳某). */
export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '令狐',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '申屠',
  '轩辕',

  // The same surnames on pages put through a 简/繁 converter (the seed file is one).
  '歐陽',
  '司馬',
  '諸葛',
  '東方',
  '尉遲',
  '公孫',
  '長孫',
  '獨孤',
  '南宮',
  '西門',
  '軒轅',
] as const;
