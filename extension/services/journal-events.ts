import { storage } from 'wxt/utils/storage';
import { type JournalEntryInput, JournalEntryKind, type JsonValue } from '../../core/journal/index';
import { HistoryAction } from './history-types';
import type { HistoryEventInput } from './protocol';

/**
 * A random salt made once per install: a bare SHA-256 of an 18-digit ID can be reversed by
 * trying every birth date and sequence, a salted one cannot without the salt.
 */
export const historySaltItem = storage.defineItem<string>('local:historySalt', {
  init: () => {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  },
});

/** HMAC-SHA-256 of a value under the install's salt, hex, first 16 bytes. */
export async function saltedHash(value: string, salt: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(salt),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(value)));
  return Array.from(signature.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** Which kind of record entry each clerk action is. */
const KIND_OF_ACTION: Readonly<Record<HistoryAction, JournalEntryKind>> = {
  [HistoryAction.blocked]: JournalEntryKind.check,
  [HistoryAction.redacted]: JournalEntryKind.redaction,
  [HistoryAction.undone]: JournalEntryKind.findingResolution,
  [HistoryAction.ignored]: JournalEntryKind.findingResolution,
  [HistoryAction.markedPublic]: JournalEntryKind.findingResolution,
  [HistoryAction.publishedAnyway]: JournalEntryKind.override,
  [HistoryAction.publishedClean]: JournalEntryKind.publication,
  [HistoryAction.reviewRecorded]: JournalEntryKind.reviewOpinion,
};

/**
 * The record entry for one clerk action. The personal value itself only feeds a salted hash
 * and is dropped here: the record holds kinds, counts, positions, hashes and masked previews.
 */
export async function journalInputFor(
  event: HistoryEventInput,
  context: { readonly operator: string; readonly at: Date; readonly salt: string },
): Promise<JournalEntryInput> {
  const { value, site, action, documentNumber, agency, details, ...facts } = event;
  const entryDetails: Record<string, JsonValue> = { action };
  for (const [key, fact] of Object.entries({ ...facts, ...details })) {
    if (fact !== undefined) entryDetails[key] = fact;
  }
  if (value) entryDetails.hash = await saltedHash(value, context.salt);
  return {
    kind: KIND_OF_ACTION[action],
    at: context.at.toISOString(),
    site,
    operator: context.operator,
    ...(documentNumber ? { documentNumber } : {}),
    ...(agency ? { agency } : {}),
    details: entryDetails,
  };
}
