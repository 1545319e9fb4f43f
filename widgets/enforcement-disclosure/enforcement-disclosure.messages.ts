import type { Locale } from '../../core/index';

export interface DisclosureMessages {
  readonly title: string;
  readonly failed: string;
}

export const DISCLOSURE_MESSAGES: Record<Locale, DisclosureMessages> = {
  'zh-CN': { title: '行政执法决定公示', failed: '公示信息暂时无法显示，请稍后再试。' },
  'zh-TW': { title: '行政執法決定公示', failed: '公示資訊暫時無法顯示，請稍後再試。' },
  en: {
    title: 'Enforcement decisions',
    failed: 'The disclosure list cannot be shown right now. Please try again later.',
  },
};
