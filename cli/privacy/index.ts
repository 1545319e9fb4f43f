export {
  type CollectedFiles,
  collectFiles,
  type InputFile,
  SCANNED_EXTENSIONS,
} from './collect-files';
export { type FileResult, type FileTask, isHtmlPath, processFile } from './process-file';
export { Progress } from './progress';
export { formatReport, ReportFormat } from './report';
export { type DecodedText, decodeText, encodeText, TextEncoding } from './text-encoding';
export { runTasks, workerScript } from './worker-pool';
