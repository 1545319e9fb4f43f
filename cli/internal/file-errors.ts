/**
 * Node's file-system errors for people: "ENOENT: no such file or directory, open '…'" is
 * English, names a system call, and for a write names our temporary file. Every command
 * turns the errors of the files it reads and writes into these messages, here in one place.
 */
export type FileAction = 'read' | 'write';

const REASONS: Readonly<Record<string, string>> = {
  EACCES: '没有权限 / permission denied',
  EPERM: '没有权限 / permission denied',
  EISDIR: '这是文件夹，不是文件 / it is a folder, not a file',
  ENOTDIR: '路径中有一段不是文件夹 / a part of the path is not a folder',
  ENOSPC: '磁盘已满 / the disk is full',
  EDQUOT: '超出磁盘配额 / the disk quota is used up',
  EROFS: '文件系统只读 / the file system is read-only',
  EMFILE: '同时打开的文件过多 / too many open files',
  ENFILE: '同时打开的文件过多 / too many open files',
  ELOOP: '符号链接形成循环 / the symbolic links form a loop',
  ENAMETOOLONG: '路径过长 / the path is too long',
  EBUSY: '文件正被占用 / the file is in use',
};

/** Why a file could not be read or written, in Chinese and English. */
export function fileErrorReason(error: unknown, action: FileAction): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    return action === 'read'
      ? '文件或文件夹不存在 / no such file or folder'
      : '所在的文件夹不存在 / its folder does not exist';
  }
  if (code && REASONS[code]) return REASONS[code];
  return `系统错误 / system error ${code ?? (error instanceof Error ? error.message : String(error))}`;
}

/** "无法读取 / cannot read PATH: reason" (or write), for a file the user named. */
export function describeFileError(action: FileAction, path: string, error: unknown): string {
  const verb = action === 'read' ? '无法读取 / cannot read' : '无法写入 / cannot write';
  return `${verb} ${path}: ${fileErrorReason(error, action)}`;
}

/** An error Node's file system (or another system call) threw, with its code. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { path?: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string'
  );
}
