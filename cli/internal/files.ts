import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { describeFileError } from './file-errors';

/**
 * Writes a file so that readers never see half of it and a failure leaves the old file:
 * write a temporary sibling, then rename it over the target. A failure throws an Error
 * whose message names `path` (not the temporary file) and the reason, in Chinese and English.
 */
export async function writeFileAtomically(
  path: string,
  content: string | Uint8Array,
): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, content);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new Error(describeFileError('write', path, error), { cause: error });
  }
}

/** The file's bytes, or an Error whose message names the file and the reason. */
export async function readBytes(path: string): Promise<Uint8Array | Error> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    return new Error(describeFileError('read', path, error), { cause: error });
  }
}
