import {
  currentOrigin,
  disableCurrentSite,
  enableCurrentSite,
  openSidePanel,
  siteStatus,
} from './site-state';

const STATUS_TEXT = {
  loading: '正在读取当前网站…',
  unsupported: '当前页面不是网站页面，无法启用。',
  disabled: '公示助手未在此网站启用。',
  enabled: '公示助手已在此网站启用：编辑器中的个人信息会被检查。',
  error: '无法读取当前网站，请刷新页面后重试。',
} as const;

/** Enables or disables the extension for the site in the active tab, in one click. */
export function SiteSwitch() {
  const status = siteStatus.value;
  return (
    <main>
      <h1>公示助手</h1>
      {currentOrigin.value ? <p>{currentOrigin.value.replace(/\/\*$/, '')}</p> : null}
      <p class="status" role="status">
        {STATUS_TEXT[status]}
      </p>
      {status === 'disabled' ? (
        <button type="button" onClick={() => void enableCurrentSite()}>
          在此网站启用
        </button>
      ) : null}
      {status === 'enabled' ? (
        <>
          <button type="button" onClick={() => void openSidePanel()}>
            打开侧边栏（核对清单与设置）
          </button>{' '}
          <button type="button" onClick={() => void disableCurrentSite()}>
            在此网站停用
          </button>
        </>
      ) : null}
    </main>
  );
}
