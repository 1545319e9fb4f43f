import { isBoldStyle, layoutTable, type MarkupCell } from '../services/privacy';
import { isUnpublished } from './unpublished';

/** Table cells, and the elements that make their text bold (a header written with `<b>`). */
export const CELL_TAGS = new Set(['TD', 'TH']);
export const BOLD_TAGS = new Set(['B', 'STRONG']);

interface DomCell extends MarkupCell {
  readonly element: Element;
  text: string;
  bold: boolean;
}

/**
 * How the engine reads a `<table>` of an editor (core/privacy/reading/table-layout.ts):
 * the text to write before each of its cells ('' for a row's first cell, U+2063 between
 * cells, '：' after a label cell, 'label：' under a header row), keyed by the cell element.
 *
 * Rows and cells are collected as core/privacy/html-tables.ts collects them from HTML
 * source, and laid out by the same layoutTable, so the editor's DOM and the HTML the CMS
 * saves read alike: a cell's text is all the text inside it outside nested tables (a nested
 * table is laid out on its own), and whether all of it is bold (`<b>`, `<strong>`) makes it
 * a header. `bold` counts the `<b>`/`<strong>` elements around the table.
 */
export function tableLayout(table: Element, bold = 0): Map<Element, string> {
  const rows: DomCell[][] = [];
  let cell: DomCell | undefined;
  const visit = (node: Node, boldDepth: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!cell) continue;
        const data = (child as Text).data;
        cell.text += data;
        if (boldDepth === 0 && data.trim() !== '') cell.bold = false;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName;
      if (tag === 'TABLE' || isUnpublished(element)) continue;
      if (tag === 'TR') {
        rows.push([]);
        // A header row styled bold (<tr style="font-weight:bold">): its cells' text is.
        const rowBold = isBoldStyle(element.getAttribute('style'));
        visit(element, boldDepth + (rowBold ? 1 : 0));
        continue;
      } else if (CELL_TAGS.has(tag)) {
        if (rows.length === 0) rows.push([]);
        cell = {
          element,
          text: '',
          th: tag === 'TH',
          bold: true,
          rowSpan: (element as HTMLTableCellElement).rowSpan || 1,
          colSpan: (element as HTMLTableCellElement).colSpan || 1,
        };
        rows[rows.length - 1]!.push(cell);
        visit(element, boldDepth + (isBoldStyle(element.getAttribute('style')) ? 1 : 0));
        cell = undefined;
        continue;
      }
      visit(element, boldDepth + (BOLD_TAGS.has(tag) ? 1 : 0));
    }
  };
  visit(table, bold);
  const prefixes = layoutTable(rows);
  const byCell = new Map<Element, string>();
  rows.forEach((row, r) => {
    row.forEach((entry, c) => {
      byCell.set(entry.element, prefixes[r]![c]!);
    });
  });
  return byCell;
}
