import { type JournalExport, JournalFormatError, parseJournalJson } from '../../core/journal/index';
import { readBytes } from './files';

/**
 * A publishing record's JSON export read from `path`, or an Error that names the file and
 * says why it is not one (unreadable, not UTF-8, not a Gongshi journal). The bytes are
 * parsed, not text: an export re-saved in another encoding is refused, not "tampered".
 */
export async function readJournalFile(path: string): Promise<JournalExport | Error> {
  const bytes = await readBytes(path);
  if (bytes instanceof Error) return bytes;
  try {
    return parseJournalJson(bytes);
  } catch (error) {
    if (!(error instanceof JournalFormatError)) throw error;
    return new Error(`${path}: ${error.message}`, { cause: error });
  }
}
