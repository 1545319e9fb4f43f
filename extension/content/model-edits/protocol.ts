/**
 * 全部脱敏 in a model editor (CKEditor 5, Slate/wangEditor), across the two worlds: the
 * content script knows the edits as DOM positions (its snapshot maps text offsets to text
 * nodes), only the page's world can reach the editor's model. DOM nodes cannot travel in an
 * event's detail between worlds, so each position is the index of its text node among the
 * root's text nodes in document order (both worlds walk the same DOM) and an offset in it.
 */

/** [start node, start offset, end node, end offset, replacement]; node = textNodesOf index. */
export type DomTextEdit = readonly [number, number, number, number, string];

/** The text nodes under `root` in document order: what a DomTextEdit's indexes count. */
export function textNodesOf(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The edits of an event's detail, or undefined when it is not a list of DomTextEdit. */
export function parseDomTextEdits(detail: unknown): DomTextEdit[] | undefined {
  if (typeof detail !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(detail);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const valid = parsed.every(
    (edit) =>
      Array.isArray(edit) &&
      edit.length === 5 &&
      edit.slice(0, 4).every((part) => Number.isInteger(part) && part >= 0) &&
      typeof edit[4] === 'string',
  );
  return valid ? (parsed as DomTextEdit[]) : undefined;
}
