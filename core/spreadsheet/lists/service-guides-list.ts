import type { ProcedureStep, ServiceGuide } from '../../records/service-guide';
import { parseFees, parseMaterials, parseSteps, parseTimeLimit, splitItems } from './list-cells';
import { type ListDefinition, type ListRow, requiredCells } from './list-definition';

type Key =
  | 'itemName'
  | 'acceptingBody'
  | 'approvingBody'
  | 'legalBasis'
  | 'conditions'
  | 'materials'
  | 'timeLimit'
  | 'legalTimeLimit'
  | 'fees'
  | 'consultationPhone'
  | 'complaintPhone'
  | 'flowName'
  | 'flow'
  | 'stepName'
  | 'stepActor'
  | 'stepTime'
  | 'stepDescription';

const DEFAULT_FLOW_NAME = '办理流程';

/** The step a row's 环节 columns describe, or undefined when it has none. */
function rowStep(row: ListRow<Key>, defaultActor: string): ProcedureStep | undefined {
  const name = row.value('stepName');
  if (!name) return undefined;
  const timeLimit = parseTimeLimit(row.value('stepTime'));
  const description = row.value('stepDescription');
  return {
    name,
    actor: row.value('stepActor') ?? defaultActor,
    ...(timeLimit ? { timeLimit } : {}),
    ...(description ? { description } : {}),
  };
}

/**
 * 办事指南 (服务指南): 事项名称, 受理机构, 审批机构, 设定依据, 受理条件, 申请材料, 办理时限,
 * 收费标准, 咨询/投诉电话, and the 办理流程 steps. The steps come either from one 办理流程
 * cell (受理（窗口，1个工作日）→审查…) or one row per step in the 环节 columns, the guide's
 * own cells merged over them (or repeated, or left empty below the first row).
 *
 * Limit: on the continuation rows of a guide only the 环节 columns are read.
 */
export const SERVICE_GUIDES_LIST: ListDefinition<'serviceGuides', Key> = {
  kind: 'serviceGuides',
  columns: [
    {
      key: 'itemName',
      header: '事项名称',
      aliases: ['办事事项', '服务事项', '服务事项名称', '办理事项', '事项'],
      required: true,
      example: '食品经营许可证核发',
    },
    {
      key: 'acceptingBody',
      header: '受理机构',
      aliases: ['受理单位', '受理部门', '受理窗口', '受理地点'],
      example: '示例县政务服务中心市场监管窗口',
    },
    {
      key: 'approvingBody',
      header: '审批机构',
      aliases: ['决定机构', '审批部门', '实施机构', '办理机构'],
      example: '示例县市场监督管理局',
    },
    {
      key: 'legalBasis',
      header: '设定依据',
      aliases: ['法律依据', '办理依据', '实施依据', '依据'],
      example: '《中华人民共和国食品安全法》第三十五条',
    },
    {
      key: 'conditions',
      header: '受理条件',
      aliases: ['申请条件', '办理条件', '申请人条件'],
      example: '1.有与经营项目相适应的场所；2.有相应的管理制度',
    },
    {
      key: 'materials',
      header: '申请材料',
      aliases: ['所需材料', '材料清单', '提交材料', '申报材料'],
      example: '申请书（1份）；营业执照复印件（1份）',
    },
    {
      key: 'timeLimit',
      header: '承诺时限',
      aliases: ['办理时限', '承诺办结时限', '办结时限', '承诺期限'],
      required: true,
      example: '8个工作日',
    },
    {
      key: 'legalTimeLimit',
      header: '法定时限',
      aliases: ['法定办结时限', '法定期限'],
      example: '20个工作日',
    },
    {
      key: 'fees',
      header: '收费标准',
      aliases: ['收费情况', '是否收费', '收费依据及标准', '收费'],
      required: true,
      example: '不收费',
    },
    {
      key: 'consultationPhone',
      header: '咨询电话',
      aliases: ['咨询方式', '咨询'],
      example: '0830-1234567',
    },
    {
      key: 'complaintPhone',
      header: '投诉电话',
      aliases: ['监督投诉电话', '投诉方式', '监督电话', '投诉'],
      example: '12345',
    },
    { key: 'flowName', header: '流程名称', aliases: ['办理流程名称'], example: '许可办理流程' },
    {
      key: 'flow',
      header: '办理流程',
      aliases: ['流程', '办事流程', '办理程序'],
      example: '',
    },
    {
      key: 'stepName',
      header: '环节',
      aliases: ['环节名称', '办理环节', '流程环节', '步骤', '步骤名称'],
      example: '申请与受理',
    },
    {
      key: 'stepActor',
      header: '环节办理人',
      aliases: ['办理岗位', '责任岗位', '承办岗位', '办理人', '承办人'],
      example: '政务服务窗口',
    },
    {
      key: 'stepTime',
      header: '环节时限',
      aliases: ['步骤时限', '环节办理时限', '办理时间'],
      example: '1个工作日',
    },
    {
      key: 'stepDescription',
      header: '环节说明',
      aliases: ['审查标准', '办理标准', '环节内容', '办理内容'],
      example: '材料齐全、符合法定形式的，当场受理',
    },
  ],
  build(row) {
    const cells = requiredCells(row, ['itemName', 'timeLimit', 'fees']);
    if (!cells) return undefined;
    const timeLimitText = cells.timeLimit;
    let timeLimit = parseTimeLimit(timeLimitText);
    if (!timeLimit) {
      row.reject(
        'cell.invalid-time-limit',
        `「${row.title('timeLimit')}」的「${timeLimitText}」不是时限，应写作“8个工作日”“20日”或“即办”，此行未导入。`,
        `"${timeLimitText}" in "${row.title('timeLimit')}" is not a time limit; write 8个工作日, 20日 or 即办. Row not imported.`,
        'timeLimit',
      );
      return undefined;
    }
    const legal = row.value('legalTimeLimit');
    if (legal && !timeLimit.note) timeLimit = { ...timeLimit, note: `法定时限${legal}` };
    const approvingBody = row.value('approvingBody') ?? row.agency.name;
    const step = rowStep(row, approvingBody);
    const steps = step ? [step] : parseSteps(row.value('flow'), approvingBody);
    const consultationPhone = row.value('consultationPhone');
    const complaintPhone = row.value('complaintPhone');
    const guide: ServiceGuide = {
      itemName: cells.itemName,
      acceptingBody: row.value('acceptingBody') ?? row.agency.name,
      approvingBody,
      legalBasis: splitItems(row.value('legalBasis')),
      conditions: splitItems(row.value('conditions')),
      materials: parseMaterials(row.value('materials')),
      flow: { name: row.value('flowName') ?? DEFAULT_FLOW_NAME, steps },
      timeLimit,
      fees: parseFees(cells.fees)!,
      ...(consultationPhone ? { consultationPhone } : {}),
      ...(complaintPhone ? { complaintPhone } : {}),
    };
    return guide;
  },
  continues(row, previous) {
    const itemName = row.value('itemName');
    if (itemName !== undefined && itemName !== previous.itemName) return undefined;
    const step = rowStep(row, previous.approvingBody);
    if (!step) return undefined;
    return { ...previous, flow: { ...previous.flow, steps: [...previous.flow.steps, step] } };
  },
  fieldColumns: {
    flow: ['flow', 'flowName', 'stepName'],
    timeLimit: ['timeLimit', 'legalTimeLimit'],
  },
  key: (guide) => guide.itemName,
  label: (guide) => guide.itemName,
};
