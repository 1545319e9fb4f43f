/** "1 file", "3 files": English counts in the CLI's bilingual summaries. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
