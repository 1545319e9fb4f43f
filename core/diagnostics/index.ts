export { childPath, type Problem } from './problem';
