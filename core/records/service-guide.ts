/**
 * 服务指南 and 执法流程: what a citizen needs for one item, and the steps the agency follows,
 * each with who acts and the time limit.
 */

export const TimeUnit = {
  workingDays: '工作日',
  days: '日',
  hours: '小时',
} as const;
export type TimeUnit = (typeof TimeUnit)[keyof typeof TimeUnit];

export interface TimeLimit {
  readonly value: number;
  readonly unit: TimeUnit;
  /** The legal wording, when the limit is conditional (e.g. 可延长10个工作日). */
  readonly note?: string;
}

export interface ProcedureStep {
  /** e.g. 受理, 审查, 决定, 送达. */
  readonly name: string;
  /** Who acts: 窗口, 承办科室, 分管负责人… */
  readonly actor: string;
  readonly timeLimit?: TimeLimit;
  readonly description?: string;
}

/** 执法流程 / 办理流程: the steps in order (a flowchart's boxes). */
export interface ProcedureFlow {
  readonly name: string;
  readonly steps: readonly ProcedureStep[];
}

export interface ServiceGuide {
  /** 事项名称. */
  readonly itemName: string;
  /** 受理机构. */
  readonly acceptingBody: string;
  /** 审批机构. */
  readonly approvingBody: string;
  /** 设定依据. */
  readonly legalBasis: readonly string[];
  /** 受理条件. */
  readonly conditions: readonly string[];
  /** 申请材料. */
  readonly materials: readonly {
    readonly name: string;
    readonly copies?: number;
    readonly note?: string;
  }[];
  /** 办理流程. */
  readonly flow: ProcedureFlow;
  /** 办理时限 (承诺时限). */
  readonly timeLimit: TimeLimit;
  /** 收费标准 (不收费 when free). */
  readonly fees: string;
  /** 咨询电话 (the agency's: public). */
  readonly consultationPhone?: string;
  /** 投诉电话. */
  readonly complaintPhone?: string;
}
