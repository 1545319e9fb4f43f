import { type TableCell, tableCellPrefixes } from '../services/privacy';
import { isUnpublished } from './unpublished';

const CELL_TAGS = new Set(['TD', 'TH']);
const BOLD_TAGS = new Set(['B', 'STRONG']);

interface DomCell extends TableCell {
  readonly element: Element;
  text: string;
  header: boolean;
  /** Some of its text is not bold. */
  plain: boolean;
}

/**
 * How the engine reads a `<table>` of an editor (core/privacy/reading/table-layout.ts):
 * the text to write before each of its cells ('' for a row's first cell, U+2063 between
 * cells, '：' after a label cell, 'label：' under a header row), keyed by the cell element.
 *
 * Rows and cells are collected as core/privacy/html-tables.ts collects them from HTML
 * source, so the editor's DOM and the HTML the CMS saves read alike: a cell's text is all
 * the text inside it outside nested tables (a nested table is laid out on its own), a
 * `<th>` or a cell whose whole text is bold (`<b>`, `<strong>`) is a header, empty rows are
 * dropped. `bold` counts the `<b>`/`<strong>` elements around the table.
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
        if (boldDepth === 0 && data.trim() !== '') cell.plain = true;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const tag = element.tagName;
      if (tag === 'TABLE' || isUnpublished(element)) continue;
      if (tag === 'TR') {
        rows.push([]);
      } else if (CELL_TAGS.has(tag)) {
        if (rows.length === 0) rows.push([]);
        cell = { element, text: '', header: tag === 'TH', plain: false };
        rows[rows.length - 1]!.push(cell);
        visit(element, boldDepth);
        cell = undefined;
        continue;
      }
      visit(element, boldDepth + (BOLD_TAGS.has(tag) ? 1 : 0));
    }
  };
  visit(table, bold);
  const kept = rows.filter((row) => row.length > 0);
  for (const row of kept) {
    for (const entry of row) entry.header ||= !entry.plain && entry.text.trim() !== '';
  }
  const prefixes = tableCellPrefixes(kept);
  const byCell = new Map<Element, string>();
  kept.forEach((row, r) => {
    row.forEach((entry, c) => {
      byCell.set(entry.element, prefixes[r]![c]!);
    });
  });
  return byCell;
}
