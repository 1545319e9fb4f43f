import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import { UsageError } from '../command';
import { nearestName } from './nearest';

/**
 * What is wrong with the arguments, in Chinese and English, read from parseArgs' tokens:
 * Node's own messages are English only and quote options inconsistently.
 */
function explain(args: readonly string[], options: ParseArgsOptionsConfig): string | undefined {
  const { tokens } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options,
    strict: false,
    tokens: true,
  });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    const name = token.rawName;
    if (!option) {
      const hint = nearestName(
        name,
        Object.keys(options).map((known) => `--${known}`),
      );
      return hint
        ? `未知选项 ${name}（是否要用 ${hint}？）/ unknown option ${name} (did you mean ${hint}?)`
        : `未知选项 ${name} / unknown option ${name}`;
    }
    if (option.type === 'boolean' && token.value !== undefined) {
      return `选项 ${name} 不带值 / option ${name} takes no value`;
    }
    if (option.type !== 'string') continue;
    if (token.value === undefined) {
      return `选项 ${name} 需要一个值 / option ${name} needs a value`;
    }
    if (!token.inlineValue && token.value.startsWith('-')) {
      // Strict parsing refuses `--out --replace`: the value is more likely a forgotten one.
      return (
        `选项 ${name} 需要一个值：“${token.value}”像是另一个选项；若值确以 - 开头，请写成 ${name}=${token.value}` +
        ` / option ${name} needs a value: "${token.value}" looks like an option; write ${name}=${token.value} if the value starts with -`
      );
    }
  }
  return undefined;
}

/**
 * Every command's argument parsing: Node's parseArgs (strict) with positionals allowed; its
 * errors (unknown option, missing value) become a UsageError explained in Chinese and
 * English, so the user sees that and the usage, exit 2.
 */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(
  args: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, options });
  } catch (error) {
    throw new UsageError(explain(args, options) ?? (error as Error).message);
  }
}

/**
 * The UsageError for an option given a value outside its choices, e.g.
 * `--format 应为 text 或 json（收到 "xml"）/ --format must be text or json, got "xml"`.
 */
export function notOneOf(
  option: string,
  choices: readonly string[],
  received: string | undefined,
): UsageError {
  const list = (separator: string, last: string) =>
    choices.length > 1
      ? `${choices.slice(0, -1).join(separator)}${last}${choices.at(-1)}`
      : (choices[0] ?? '');
  return new UsageError(
    `${option} 应为 ${list('、', ' 或 ')}（收到 "${received}"）/ ${option} must be ${list(', ', ' or ')}, got "${received}"`,
  );
}
