import type { CommonMessages } from './common.messages';

export const messages: CommonMessages = {
  english: false,
  loading: '正在載入公示資訊…',
  noData: '暫無公示資訊。',
  unavailable: '公示資訊暫時無法載入，請稍後再試。',
  unreadable: '公示資料檔案格式有誤，無法讀取。請聯絡網站管理員。',
  newerVersion: '資料檔案版本較新，請更新 Gongshi。',
  cachedCopy: (savedAt) => `伺服器暫時無法連線，以下為 ${savedAt} 儲存的副本，可能不是最新資訊。`,
  problems: (hidden) => `${hidden} 條記錄未顯示（資料有誤）。`,
  problemDetails: '錯誤詳情（供網站管理員）',
  yuan: '元',
  wanYuan: '萬元',
  categories: {
    行政许可: '行政許可',
    行政处罚: '行政處罰',
    行政强制: '行政強制',
    行政征收: '行政徵收',
    行政检查: '行政檢查',
    行政收费: '行政收費',
    其他: '其他',
  },
  partyKinds: {
    自然人: '自然人',
    法人及非法人组织: '法人及非法人組織',
    个体工商户: '個體工商戶',
  },
  timeUnits: { 工作日: '個工作日', 日: '日', 小时: '小時' },
};
