import type { DocumentReading } from '../../core/privacy/reading/document-reading';

/** Reads a decision as a reviewer does (core/privacy/reading): whose data, which roles. */
export type Reader = (text: string) => DocumentReading;

let reader: Reader | undefined;
let loading: Promise<Reader> | undefined;

/**
 * The privacy engine's reading layer, fetched the first time a page needs it: to show a
 * decision's full text (the detail view), or to list records whose text may show a minor.
 * A chunk of its own, so the first view stays within its size budget (docs/BENCHMARKS.md):
 * until it has loaded, the list's fields (文号, 当事人, 处罚内容) are guarded by labels and
 * shapes alone; once it has, every string of the feed is read as a document
 * (feed-public-text.ts).
 */
export function loadReader(): Promise<Reader> {
  loading ??= import('../../core/privacy/reading/document-reading').then((module) => {
    reader = module.readDocument;
    return reader;
  });
  return loading;
}

/** The reading layer if it has been loaded, else undefined. */
export function loadedReader(): Reader | undefined {
  return reader;
}
