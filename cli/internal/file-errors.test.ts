import { describe, expect, it } from 'vitest';
import { fileErrorReason } from './file-errors';

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: something, open '/x'`), { code, syscall: 'open' });
}

describe('fileErrorReason', () => {
  it.each([
    ['ENOENT', 'read', '文件或文件夹不存在 / no such file or folder'],
    ['ENOENT', 'write', '所在的文件夹不存在 / its folder does not exist'],
    ['EACCES', 'read', '没有权限 / permission denied'],
    ['EPERM', 'write', '没有权限 / permission denied'],
    ['EISDIR', 'read', '这是文件夹，不是文件 / it is a folder, not a file'],
    ['ENOTDIR', 'read', '路径中有一段不是文件夹 / a part of the path is not a folder'],
    ['ENOSPC', 'write', '磁盘已满 / the disk is full'],
    ['EMFILE', 'read', '同时打开的文件过多 / too many open files'],
    ['EXDEV', 'write', '系统错误 / system error EXDEV'],
  ] as const)('%s (%s)', (code, action, reason) => {
    expect(fileErrorReason(systemError(code), action)).toBe(reason);
  });
});
