import { useSignal } from '@preact/signals';
import { BUILT_IN_PROFILES } from '../../../core/rules/index';
import { importAgencyProfiles } from '../../services/legal-review';
import { parseList, type Settings } from '../../services/settings';
import { currentSiteRules, managed, page, saveSettings, saveSiteRules, settings } from './state';

const MANAGED_LABELS = {
  cmsOrigins: '启用的网站',
  policyProfile: '政策配置',
  reviewerRoster: '法制审核人员名册',
  operatorName: '操作人员',
  retentionDays: '发布记录保留天数',
} as const;

/** Which settings IT fixed by policy, and any policy value that was ignored. */
function ManagedNotice() {
  const policy = managed.value;
  if (!policy) return null;
  const fixed = (Object.keys(MANAGED_LABELS) as (keyof typeof MANAGED_LABELS)[])
    .filter((key) =>
      key === 'operatorName'
        ? policy.config.operatorSource === 'fixed'
        : policy.config[key] !== undefined,
    )
    .map((key) => MANAGED_LABELS[key]);
  return (
    <div class="managed" role="note">
      <p>以下设置由单位统一配置，在此修改无效：{fixed.join('、') || '无'}。</p>
      {policy.problems.length > 0 ? (
        <ul>
          {policy.problems.map((problem) => (
            <li key={`${problem.field}:${problem.message}`} class="severity-warning">
              {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Redaction style, words always redacted, public numbers always allowed, the profile. */
export function SettingsSection() {
  const current = settings.value;
  const alwaysRedact = useSignal<string | undefined>(undefined);
  const alwaysAllow = useSignal<string | undefined>(undefined);
  const selectors = useSignal<string | undefined>(undefined);
  const roster = useSignal<string | undefined>(undefined);
  const rosterText = () => roster.value ?? (current.reviewerRoster ?? []).join('\n');
  const host = page.value?.host;
  const rules = currentSiteRules.value;

  const save = (change: Partial<Settings>) => void saveSettings(change);
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">设置</h2>
      <ManagedNotice />
      <fieldset>
        <legend>脱敏方式</legend>
        <label>
          <input
            type="radio"
            name="style"
            checked={current.redactionStyle === 'public'}
            onChange={() => save({ redactionStyle: 'public' })}
          />
          对外公开：整段删除，替换为【已脱敏】（默认）
        </label>
        <label>
          <input
            type="radio"
            name="style"
            checked={current.redactionStyle === 'staff'}
            onChange={() => save({ redactionStyle: 'staff' })}
          />
          内部审阅：部分遮盖，如 139****1234
        </label>
      </fieldset>
      <label for="always-redact">总是脱敏的词（如当事人姓名，每行一个）</label>
      <textarea
        id="always-redact"
        rows={3}
        value={alwaysRedact.value ?? current.alwaysRedact.join('\n')}
        onInput={(event) => {
          alwaysRedact.value = (event.target as HTMLTextAreaElement).value;
        }}
      />
      <label for="always-allow">总是允许公开的号码（如本机关监督电话、罚没款账户）</label>
      <textarea
        id="always-allow"
        rows={3}
        value={alwaysAllow.value ?? current.alwaysAllow.join('\n')}
        onInput={(event) => {
          alwaysAllow.value = (event.target as HTMLTextAreaElement).value;
        }}
      />
      <label for="profile">公示期限依据</label>
      <select
        id="profile"
        value={current.policyProfile}
        disabled={managed.value?.config.policyProfile !== undefined}
        onChange={(event) => save({ policyProfile: (event.target as HTMLSelectElement).value })}
      >
        {BUILT_IN_PROFILES.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.name}
          </option>
        ))}
      </select>
      <label for="reviewer-roster">法制审核人员名册（每行一个；填写后审核人须从名册中选择）</label>
      <textarea
        id="reviewer-roster"
        rows={3}
        readOnly={managed.value?.config.reviewerRoster !== undefined}
        value={rosterText()}
        onInput={(event) => {
          roster.value = (event.target as HTMLTextAreaElement).value;
        }}
      />
      <p>
        <button
          type="button"
          onClick={() =>
            save({
              alwaysRedact: parseList(alwaysRedact.value ?? current.alwaysRedact.join('\n')),
              alwaysAllow: parseList(alwaysAllow.value ?? current.alwaysAllow.join('\n')),
              reviewerRoster: rosterText()
                .split('\n')
                .map((name) => name.trim())
                .filter(Boolean),
            })
          }
        >
          保存设置
        </button>
      </p>
      {host && rules ? (
        <>
          <h3>本网站（{host}）</h3>
          <p class="muted">已设为公开：{rules.allow.length > 0 ? rules.allow.join('、') : '无'}</p>
          <label for="selectors">其他发布按钮的 CSS 选择器（每行一个）</label>
          <textarea
            id="selectors"
            rows={2}
            value={selectors.value ?? rules.publishSelectors.join('\n')}
            onInput={(event) => {
              selectors.value = (event.target as HTMLTextAreaElement).value;
            }}
          />
          <p>
            <button
              type="button"
              onClick={() =>
                void saveSiteRules(host, {
                  ...rules,
                  publishSelectors: parseList(selectors.value ?? ''),
                })
              }
            >
              保存本网站设置
            </button>
            {rules.allow.length > 0 ? (
              <button
                type="button"
                onClick={() => void saveSiteRules(host, { ...rules, allow: [] })}
              >
                清除已设为公开的号码
              </button>
            ) : null}
          </p>
        </>
      ) : null}
      <AgencyCatalogue />
    </section>
  );
}

/**
 * 重大执法决定法制审核目录清单: loaded from the portal's feed (gongshi build's
 * feeds/gongshi.json), so the review gate knows which decisions the agency lists as major.
 */
function AgencyCatalogue() {
  const status = useSignal<string | undefined>(undefined);
  return (
    <fieldset>
      <legend>本单位的重大执法决定法制审核目录</legend>
      <label for="agency-feed">
        导入门户网站的公示数据（feeds/gongshi.json），按其中各执法主体的目录判断重大执法决定
      </label>
      <input
        id="agency-feed"
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = (event.target as HTMLInputElement).files?.[0];
          if (!file) return;
          void file
            .text()
            .then(importAgencyProfiles)
            .then((result) => {
              status.value = result.ok
                ? `已导入 ${result.agencies} 个执法主体，其中 ${result.catalogues} 个有法制审核目录。`
                : result.message;
            });
        }}
      />
      {status.value ? <p role="status">{status.value}</p> : null}
    </fieldset>
  );
}
