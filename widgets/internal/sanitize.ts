import { redactPublicTextWith } from '../../core/privacy/apply-redactions';
import { NO_READING } from '../../core/privacy/reading/no-reading';
import type { Reader } from './document-reader';

/** Turns one feed string into text that is safe to show the public. */
export type PublicText = (text: string | undefined | null) => string;

/**
 * Every string from a feed passes through the privacy engine's strict public style before
 * it is rendered, so a feed that carries an ID number or a party's phone by mistake still
 * shows none (a leak is an inspection failure for the portal, DOMAIN §4).
 *
 * `allow` lists the agency's own numbers (hotlines, supervision phones), which stay public.
 * `read` is the reading layer (widgets/internal/document-reader.ts), when loaded.
 * Results are memoised: agency names and categories repeat across thousands of records.
 */
export function createPublicText(allow: readonly string[] = [], read?: Reader): PublicText {
  const memo = new Map<string, string>();
  const options = { allow };
  return (text) => {
    if (text === undefined || text === null) return '';
    const value = String(text);
    if (value === '') return '';
    let safe = memo.get(value);
    if (safe === undefined) {
      // With the reading layer, a string is read as a document (a 证人 named once is replaced
      // everywhere in it, a person's 地址 in a party table is removed); without it, labels
      // and shapes decide (IDs, phones, accounts, labelled homes).
      safe = redactPublicTextWith(value, options, read ? read(value) : NO_READING);
      // Bounded so a 10,000-record feed cannot grow the memo without limit.
      if (memo.size > 50_000) memo.clear();
      memo.set(value, safe);
    }
    return safe;
  };
}
