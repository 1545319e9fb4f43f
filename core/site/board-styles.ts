import { DUTY_FONT_STEPS_MM, PAPER_SIZES, type Paper } from './responsibility-board';

/**
 * The 岗位职责公示牌's stylesheet for one paper size: one board per sheet, portrait, sizes in
 * millimetres scaled with the paper (A3 is A4 × √2) so the board reads the same from a
 * distance. On screen the boards are shown as sheets one under the other.
 */
export function boardStyles(paper: Paper): string {
  const { width, height } = PAPER_SIZES[paper];
  const k = width / PAPER_SIZES.A4.width;
  const mm = (value: number) => `${(value * k).toFixed(2)}mm`;
  const duties = DUTY_FONT_STEPS_MM.map(
    (size, index) => `.gs-board-duties-${index} li{font-size:${mm(size)}}`,
  ).join('\n');
  return `@page{size:${paper} portrait;margin:0}
html,body{margin:0;padding:0}
body{background:#e8e8e8;color:#000;font-family:"Microsoft YaHei","PingFang SC","Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif}
.gs-board-actions{padding:1em;text-align:center;font-size:1rem}
.gs-board{box-sizing:border-box;width:${width}mm;height:${height}mm;margin:0 auto 8mm;padding:${mm(12)};background:#fff;display:flex;flex-direction:column;overflow:hidden;border-top:${mm(6)} solid #a4000f;line-height:1.4}
.gs-board-agency{font-size:${mm(7)};margin:0;text-align:center}
.gs-board-title{font-size:${mm(15)};margin:${mm(2)} 0 ${mm(3)};text-align:center;letter-spacing:.2em;color:#a4000f}
.gs-board-post{font-size:${mm(8)};margin:0 0 ${mm(4)};text-align:center;border-bottom:${mm(0.6)} solid #000;padding-bottom:${mm(3)}}
.gs-board-officer{display:grid;grid-template-columns:auto 1fr;gap:${mm(1.5)} ${mm(5)};margin:0 0 ${mm(4)};font-size:${mm(7)}}
.gs-board-officer dt{font-weight:bold}
.gs-board-officer dd{margin:0}
.gs-board-name{font-size:${mm(11)};font-weight:bold}
.gs-board-section{font-size:${mm(7)};margin:0 0 ${mm(2)};border-left:${mm(1.5)} solid #a4000f;padding-left:${mm(2)}}
.gs-board-duties{flex:1 1 auto;min-height:0;margin:0 0 ${mm(3)};padding-left:${mm(7)}}
.gs-board-duties li{margin:0 0 ${mm(1)}}
${duties}
.gs-board-contacts{display:grid;grid-template-columns:auto 1fr;gap:${mm(1)} ${mm(4)};font-size:${mm(5.5)};border-top:${mm(0.6)} solid #000;padding-top:${mm(3)};margin:0}
.gs-board-contacts dt{font-weight:bold}
.gs-board-contacts dd{margin:0}
.gs-board-note{font-size:${mm(4.5)};margin:${mm(3)} 0 0;text-align:center}
@media print{body{background:#fff}.gs-board-actions{display:none}.gs-board{margin:0;break-after:page;page-break-after:always}.gs-board:last-child{break-after:auto;page-break-after:auto}}
`;
}
