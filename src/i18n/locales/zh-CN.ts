import type { Messages } from './en.ts';

/** 简体中文：与英文文件键完全一致。 */
export const zhCN = {
  errors: {
    validation_failed: { title: '请求无效', detail: '有 {{count}} 个字段未通过校验。' },
    unknown_reference: { title: '引用的记录不存在', detail: '{{field}} "{{value}}" 不存在。' },
    not_found: { title: '未找到', detail: '找不到 id 为 "{{id}}" 的{{entity}}。' },
    already_exists: { title: '已存在', detail: '{{field}} 为 "{{value}}" 的{{entity}}已存在。' },
    idempotency_conflict: {
      title: '外部编号已被另一条内容不同的投诉使用',
      detail: '投诉 {{complaintId}} 已以外部编号 "{{externalId}}" 记录且内容不同；重复提交必须与原内容一致。',
    },
    andon_already_open: {
      title: '已经按灯',
      detail: '该对象的同一问题已有进行中的按灯 {{andonId}}；新的投诉会归入它。',
    },
    target_retired: { title: '对象已永久下架', detail: '对象 {{ref}} 已永久下架，不会重新上架。' },
    rule_not_met: {
      title: '未满足按灯规则',
      detail: '{{windowDays}} 天内有 {{distinctCustomers}} 位不同客户投诉，规则要求 {{threshold}} 位。任何人仍可按灯：请写明理由。',
    },
    reason_too_short: { title: '理由太短', detail: '手动按灯需要至少 {{min}} 个字的书面理由。' },
    payload_too_large: { title: '请求体过大', detail: '请求体超过 {{limit}} 字节。' },
    unsupported_media_type: { title: '不支持的媒体类型', detail: '请以 application/json 发送请求体（收到 "{{contentType}}"）。' },
    invalid_json: { title: '请求无效', detail: '请求体不是合法的 JSON：{{reason}}' },
    route_not_found: { title: '未找到', detail: '没有路由 {{method}} {{url}}。' },
    storage_unavailable: { title: '存储不可用', detail: '数据库未接受写入，没有保存任何内容。请重试。' },
    internal_error: { title: '内部错误', detail: '服务器出错了；请求编号 {{requestId}}。' },
  },
  entities: {
    target: '按灯对象',
    team: '团队',
    organisation: '供应商或合作伙伴',
    'issue code': '问题类型',
    rule: '规则',
    complaint: '投诉',
    andon: '按灯',
    'work order': '工单',
  },
  fields: {
    unknown_reference: '记录不存在："{{value}}"',
    reason_required: '低于阈值按灯时必须写明理由',
    reason_too_short: '至少 {{min}} 个字',
    occurred_in_future: '不能晚于当前时间',
    target_required: '请提供 targetId、targetRef 或 complaintId',
    issue_code_required: '请提供 issueCode（或 complaintId）',
    currency_mismatch: '币种必须与对象的币种 {{currency}} 一致',
    duplicate: '"{{value}}" 已被使用',
    invalid_json: '不是合法的 JSON',
  },
  workOrders: {
    supplier_inspection: {
      title: '供应商检查：开仓检查全部库存',
      instructions:
        '立即联系供应商，把所有的货全部开仓检查：如果整批有问题，整批全部退货；如果是单件问题，就找出来处理好，封箱打包。',
    },
    root_cause: {
      title: '根因分析：五个为什么',
      instructions:
        '召集相关人员坐下来开会，至少问五个以上的为什么，直到找到流程层面的问题。记录每个为什么及其证据，再制定纠正和预防措施，明确负责人和日期。',
    },
  },
  status: {
    on_sale: '在售',
    suppressed: '已下架（按灯中）',
    retired: '永久下架',
  },
  cli: {
    served: 'Andon 已启动：{{url}}（API 文档：{{url}}/api/v1/docs；数据：{{location}}）',
    migrated: '数据库已是最新（{{location}}）；本次应用：{{applied}}',
    demoLoaded: '演示数据已载入：{{targets}} 个对象，{{complaints}} 条投诉，{{andons}} 次按灯。',
    complaintRecorded: '投诉 {{id}} 已记录：{{target}} · {{issue}}。',
    complaintReplayed: '已记录为投诉 {{id}}（同一外部编号）：没有保存新内容。',
    repeatLine: '{{days}} 天内 {{count}} 位不同客户投诉，规则要求 {{threshold}} 位。',
    ruleMet: '满足按灯规则：同一对象、同样问题、{{count}} 位不同客户。',
    ruleNotCounting: '该问题类型不计入按灯（客户个人原因）。',
    suggestPull: '按灯：  andon pull --complaint {{id}} --by <你的工号>',
    autoPulled: '系统已自动按灯：{{andonId}}。{{target}} 已下架。',
    attached: '已归入进行中的按灯 {{andonId}}（共 {{count}} 条投诉）。',
    pulled: '已按灯：{{andonId}}。{{target}} 已下架。',
    workOrder: '工单 {{type}} → 团队 {{team}}，截止 {{due}}',
    rewardPending: '{{agent}} 的奖金待发：{{amount}}（主管复核后发放）。',
    statusLine: '{{ref}}：{{status}}',
    statusUnknown: '{{ref}}：没有这个对象',
    demoAlready: '演示数据已载入过，没有改动。',
    usage: '用法',
  },
} satisfies Messages;
