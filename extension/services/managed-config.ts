import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { MAJOR_DECISION_POLICIES } from '../../core/review/index';
import { originPattern } from './content-script-registration';
import { journalSettingsItem } from './journal';
import { settingsItem } from './settings';

/** How a clerk's name gets into the publishing record. */
export const OperatorSource = { fixed: 'fixed', askOnce: 'ask-once' } as const;
export type OperatorSource = (typeof OperatorSource)[keyof typeof OperatorSource];

/**
 * The organisation's settings, pushed by IT through browser policy (`3rdparty` → extension id,
 * read as chrome.storage.managed). Its shape is declared once for the browser in
 * public/managed-schema.json; keep the two in step.
 */
export interface ManagedConfig {
  /** CMS origins as permission patterns (`https://cms.a.gov.cn/*`). */
  readonly cmsOrigins?: readonly string[];
  readonly policyProfile?: string;
  readonly operatorSource?: OperatorSource;
  /** The operator written into every entry when `operatorSource` is `fixed`. */
  readonly operatorName?: string;
  readonly reviewerRoster?: readonly string[];
  readonly retentionDays?: number;
}

/** One value of the policy that was ignored, and why (shown to IT in the side panel). */
export interface ManagedProblem {
  readonly field: string;
  readonly message: string;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value)
    ? [...new Set(value.filter((item): item is string => typeof item === 'string'))]
        .map((item) => item.trim())
        .filter(Boolean)
    : undefined;
}

/**
 * Reads an untrusted managed policy: keeps what is valid, names what is not. Chromium has
 * checked the schema already, but Edge's and domestic browsers' checking varies, and a
 * value must never break the extension for 200 clerks at once.
 */
export function parseManagedConfig(raw: Record<string, unknown>): {
  config: ManagedConfig;
  problems: ManagedProblem[];
} {
  const problems: ManagedProblem[] = [];
  const config: {
    -readonly [K in keyof ManagedConfig]: ManagedConfig[K];
  } = {};

  const origins = strings(raw.cmsOrigins);
  if (origins) {
    const patterns: string[] = [];
    for (const origin of origins) {
      const pattern = originPattern(origin);
      if (pattern) patterns.push(pattern);
      else problems.push({ field: 'cmsOrigins', message: `“${origin}”不是有效的网址，已忽略。` });
    }
    config.cmsOrigins = [...new Set(patterns)];
  }
  if (typeof raw.policyProfile === 'string') {
    if (raw.policyProfile in MAJOR_DECISION_POLICIES) config.policyProfile = raw.policyProfile;
    else
      problems.push({
        field: 'policyProfile',
        message: `政策配置“${raw.policyProfile}”不存在，已忽略（可选：${Object.keys(MAJOR_DECISION_POLICIES).join('、')}）。`,
      });
  }
  if (
    raw.operatorSource === OperatorSource.fixed ||
    raw.operatorSource === OperatorSource.askOnce
  ) {
    config.operatorSource = raw.operatorSource;
  }
  if (typeof raw.operatorName === 'string' && raw.operatorName.trim()) {
    config.operatorName = raw.operatorName.trim();
  }
  if (config.operatorSource === OperatorSource.fixed && !config.operatorName) {
    problems.push({
      field: 'operatorName',
      message: '操作人员身份来源为“fixed”，但未配置 operatorName：改为由信息员填写一次。',
    });
    config.operatorSource = OperatorSource.askOnce;
  }
  const roster = strings(raw.reviewerRoster);
  if (roster) config.reviewerRoster = roster;
  if (raw.retentionDays !== undefined) {
    if (Number.isInteger(raw.retentionDays) && (raw.retentionDays as number) >= 0) {
      config.retentionDays = raw.retentionDays as number;
    } else {
      problems.push({ field: 'retentionDays', message: '保留天数须为 0 或正整数，已忽略。' });
    }
  }
  return { config, problems };
}

/** The policy last applied, for the side panel to say which settings IT fixed. */
export const managedConfigItem = storage.defineItem<{
  config: ManagedConfig;
  problems: ManagedProblem[];
} | null>('local:managedConfig', { fallback: null, version: 1 });

/**
 * The managed policy as the browser holds it; `{}` where there is none or the browser has no
 * managed storage (Firefox without a policy, or a browser that does not implement it).
 */
export async function readManagedPolicy(): Promise<Record<string, unknown>> {
  try {
    return ((await browser.storage.managed.get(null)) ?? {}) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * Applies the organisation's policy over the clerk's own settings: the profile, the reviewer
 * roster, a fixed operator, the retention period. Settings the policy leaves out stay as
 * the clerk set them. Returns what was applied.
 */
export async function applyManagedPolicy(
  raw: Record<string, unknown>,
): Promise<{ config: ManagedConfig; problems: ManagedProblem[] }> {
  const parsed = parseManagedConfig(raw);
  const { config } = parsed;
  const [settings, journal] = await Promise.all([
    settingsItem.getValue(),
    journalSettingsItem.getValue(),
  ]);
  await settingsItem.setValue({
    ...settings,
    ...(config.policyProfile ? { policyProfile: config.policyProfile } : {}),
    ...(config.reviewerRoster ? { reviewerRoster: config.reviewerRoster } : {}),
  });
  await journalSettingsItem.setValue({
    ...journal,
    ...(config.operatorSource === OperatorSource.fixed && config.operatorName
      ? { operator: config.operatorName }
      : {}),
    ...(config.retentionDays !== undefined ? { retentionDays: config.retentionDays } : {}),
  });
  await managedConfigItem.setValue(Object.keys(raw).length > 0 ? parsed : null);
  return parsed;
}

/**
 * The operator for a record entry: the fixed one from policy when IT set one (a clerk cannot
 * write another name into the record), else the clerk's own.
 */
export function operatorFor(
  managed: { config: ManagedConfig } | null,
  clerkOperator: string,
): string {
  const config = managed?.config;
  return config?.operatorSource === OperatorSource.fixed && config.operatorName
    ? config.operatorName
    : clerkOperator;
}

/**
 * For each origin the policy names, whether the browser granted it (org build or policy):
 * a granted one runs with no prompt; any other needs 在此网站启用 once.
 */
export async function managedOriginStatus(
  config: ManagedConfig,
): Promise<{ origin: string; granted: boolean }[]> {
  return Promise.all(
    (config.cmsOrigins ?? []).map(async (origin) => ({
      origin,
      granted: await browser.permissions.contains({ origins: [origin] }),
    })),
  );
}

/** Calls `onChange` whenever IT changes the policy while the browser runs. */
export function watchManagedPolicy(onChange: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') onChange();
  });
}
