/**
 * Words on the buttons that publish in Chinese government CMSs. A control whose text
 * contains one of them is treated as publishing, unless it also says it undoes or previews.
 */
export const PUBLISH_WORDS = [
  '发布',
  '發布',
  '提交',
  '签发',
  '簽發',
  '送审',
  '送審',
  '报送',
  '上报',
  '发表',
  '公开',
  '审核通过',
] as const;

/** Words that make a control something other than a publish (取消发布, 预览, 撤回…). */
export const NOT_PUBLISH_WORDS = [
  '取消',
  '撤销',
  '撤回',
  '撤下',
  '预览',
  '删除',
  '草稿',
  '关闭',
] as const;

const CONTROL_SELECTOR =
  'button, input[type="submit"], input[type="button"], input[type="image"], a[href], [role="button"]';

/** The visible label of a control: its text, its value, or its accessible name. */
export function controlLabel(control: Element): string {
  const raw =
    control.getAttribute('aria-label') ||
    (control.tagName === 'INPUT' ? (control as HTMLInputElement).value : '') ||
    control.textContent ||
    control.getAttribute('title') ||
    '';
  return raw.replace(/\s+/g, '');
}

/** Whether a control's label says it publishes. */
export function isPublishLabel(label: string): boolean {
  // Long texts are paragraphs that happen to contain 发布, not buttons.
  if (label.length === 0 || label.length > 16) return false;
  if (NOT_PUBLISH_WORDS.some((word) => label.includes(word))) return false;
  return PUBLISH_WORDS.some((word) => label.includes(word));
}

/**
 * The publish control an event happened on, if any: a control whose label publishes, or one
 * matching the site's configured selectors.
 */
export function publishControlFor(
  target: EventTarget | null,
  siteSelectors: readonly string[] = [],
): HTMLElement | undefined {
  if (!target || !(target as Node).nodeType) return undefined;
  const element =
    (target as Node).nodeType === 1 ? (target as Element) : (target as Node).parentElement;
  if (!element) return undefined;
  for (const selector of siteSelectors) {
    try {
      const match = element.closest<HTMLElement>(selector);
      if (match) return match;
    } catch {
      // A malformed selector in the settings must not break the page.
    }
  }
  const control = element.closest<HTMLElement>(CONTROL_SELECTOR);
  if (!control) return undefined;
  if (control.tagName === 'INPUT' && (control as HTMLInputElement).type === 'submit') {
    return control;
  }
  if (control.tagName === 'BUTTON' && (control as HTMLButtonElement).type === 'submit') {
    if ((control as HTMLButtonElement).form) return control;
  }
  return isPublishLabel(controlLabel(control)) ? control : undefined;
}
