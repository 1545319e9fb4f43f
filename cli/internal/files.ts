import { readFile, rename, rm, writeFile } from 'node:fs/promises';

/**
 * Writes a file so that readers never see half of it and a failure leaves the old file:
 * write a temporary sibling, then rename it over the target.
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
    throw error;
  }
}

/** The file's bytes, or an Error whose message names the file and the reason. */
export async function readBytes(path: string): Promise<Uint8Array | Error> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? '文件不存在 / no such file'
        : (error as Error).message;
    return new Error(`cannot read ${path}: ${reason}`);
  }
}
