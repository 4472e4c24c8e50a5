import type { enCsv } from './en-csv.ts';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** CSV 页面的简体中文文案（键与 en-csv.ts 一致）。 */
export const zhCsv: Widen<typeof enCsv> = {
  csv: {
    nav: '导入导出',
    title: '导入与导出',
    intro:
      '以 CSV 导入或导出对象、投诉和问题代码。导出的文件可原样导回；导入时无法接收的每一行都会列出行号、列和原因。',
    kinds: { targets: '对象', complaints: '投诉', 'issue-codes': '问题代码' },
    columns: {
      targets:
        '列：ref、kind、name（必填）；organisationId、supplierTeamId、qualityTeamId、gmvMinor、currency、attributes（JSON）。已有的 ref 会被更新。',
      complaints:
        '列：targetRef、customerRef、issueCode（必填）；externalId、text、orderRef、lotRef、channel、recordedBy、occurredAt、compensationKind。同一 externalId 只记录一次。',
      'issue-codes':
        '列：code、nameZh、nameEn（必填）；descriptionZh、descriptionEn、counts、safetyCritical、active（true/false）。',
    },
    export: { title: '导出', link: '下载全部{{kind}}（CSV）' },
    import: {
      title: '导入',
      kind: '文件内容',
      file: 'CSV 文件（UTF-8，首行为表头）',
      start: '导入',
      running: '正在导入…',
      progress: '导入进度',
      counts:
        '已读取 {{percent}}%（已上传 {{uploaded}}%）：{{rows}} 行，已导入 {{imported}} 行，{{failed}} 行有错误',
      done: '完成，用时 {{seconds}} 秒。',
      failed: '导入已停止：表头缺少必填列。',
      errors_one: '下载 {{count}} 条行错误（CSV）',
      errors_other: '下载 {{count}} 条行错误（CSV）',
    },
  },
};
