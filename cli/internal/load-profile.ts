import { resolve } from 'node:path';
import {
  DEFAULT_PROFILE,
  findProfile,
  type PolicyProfile,
  parsePolicyProfile,
} from '../../core/rules/policy-profile';
import { readBytes } from '../internal/files';

/**
 * The policy profile a command (check, build) follows: `--profile` (a built-in id or a JSON profile file, as
 * `gongshi check` takes it), else the feed's own, else luzhou-2018. An Error says why a
 * given one cannot be used.
 */
export async function loadProfile(
  value: string | undefined,
  feedProfile: string | undefined,
  cwd: string,
): Promise<PolicyProfile | Error> {
  if (!value) return (feedProfile && findProfile(feedProfile)) || DEFAULT_PROFILE;
  const builtIn = findProfile(value);
  if (builtIn) return builtIn;
  if (!/\.json$/i.test(value)) {
    return new Error(
      `没有 "${value}" 这个规则配置：请用 luzhou-2018、national-2018 或 .json 文件 / unknown profile "${value}": use luzhou-2018, national-2018 or a .json file`,
    );
  }
  const bytes = await readBytes(resolve(cwd, value));
  if (bytes instanceof Error) return bytes;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return new Error(`${value}: 不是有效的 JSON / not valid JSON: ${(error as Error).message}`);
  }
  const { profile, problems } = parsePolicyProfile(json);
  if (!profile) {
    return new Error(
      `${value}: ${problems.map((problem) => `${problem.path}: ${problem.message} / ${problem.messageEn}`).join('; ')}`,
    );
  }
  return profile;
}
