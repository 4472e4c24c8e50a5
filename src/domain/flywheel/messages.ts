import type { FindingCode, FlywheelFinding } from './checks.ts';
import type { FlywheelLocale } from './model.ts';

/**
 * The message of each finding code, in i18next syntax (`{{param}}`), so the server can load them
 * as resources (`flywheel.findings.<code>`) and the web can format them with `formatFinding`.
 */
export const findingMessages = {
  en: {
    no_components: 'The flywheel has no components yet.',
    no_loop:
      'The components do not close into a loop: draw the links that bring the wheel back to where it started.',
    component_not_on_loop: '"{{component}}" lies on no loop: link it into the wheel or remove it.',
    main_loop_reinforcing:
      'The main loop ({{loop}}) is reinforcing: {{negativeLinks}} negative link(s) among {{length}}, an even number.',
    main_loop_balancing:
      'The main loop ({{loop}}) is balancing: {{negativeLinks}} negative link(s) among {{length}}, an odd number. A growth flywheel must reinforce itself.',
    minor_loop_balancing:
      'The loop {{loop}} is balancing ({{negativeLinks}} negative link(s)): it brakes the wheel.',
    too_many_components: 'The flywheel has {{count}} components; keep it to {{limit}} or fewer.',
    no_cases: 'No cases yet: add success and failure cases to check the links against.',
    component_without_evidence: 'No case shows "{{component}}" moving.',
    link_unsupported: 'No case supports the link {{from}} → {{to}} ({{polarity}}).',
    link_contradicted:
      'More cases contradict the link {{from}} → {{to}} ({{polarity}}) than support it: {{contradicting}} against {{supporting}}.',
    loops_truncated: 'The wheel has more than {{limit}} loops; only the first {{limit}} were examined.',
  },
  'zh-CN': {
    no_components: '飞轮还没有构件。',
    no_loop: '构件还没有闭合成回路：请画出让飞轮回到起点的因果关系。',
    component_not_on_loop: '“{{component}}”不在任何回路上：请把它连入飞轮，或者删除它。',
    main_loop_reinforcing:
      '主回路（{{loop}}）是增强回路：{{length}} 条因果关系中有 {{negativeLinks}} 条负向，为偶数。',
    main_loop_balancing:
      '主回路（{{loop}}）是调节回路：{{length}} 条因果关系中有 {{negativeLinks}} 条负向，为奇数。增长飞轮必须自我增强。',
    minor_loop_balancing: '回路 {{loop}} 是调节回路（{{negativeLinks}} 条负向因果关系），会给飞轮刹车。',
    too_many_components: '飞轮有 {{count}} 个构件；构件数量最好不超过 {{limit}} 个。',
    no_cases: '还没有案例：请添加成功案例和失败案例来检验因果关系。',
    component_without_evidence: '没有任何案例显示“{{component}}”发生了变化。',
    link_unsupported: '没有案例支持因果关系 {{from}} → {{to}}（{{polarity}}）。',
    link_contradicted:
      '与因果关系 {{from}} → {{to}}（{{polarity}}）相矛盾的案例多于支持它的案例：{{contradicting}} 比 {{supporting}}。',
    loops_truncated: '飞轮的回路超过 {{limit}} 个，只检查了前 {{limit}} 个。',
  },
} as const satisfies Record<FlywheelLocale, Record<FindingCode, string>>;

/** Fills `{{name}}` placeholders; unknown names are left as they are. */
export function interpolate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * The message of a finding in a locale; component ids are shown through `nameOf` (their label),
 * loops as "a → b → c → a", polarity as + or −.
 */
export function formatFinding(
  finding: FlywheelFinding,
  locale: FlywheelLocale,
  nameOf: (componentId: string) => string = (id) => id,
): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(finding.params) as [string, unknown][]) {
    if (Array.isArray(value)) {
      const names = value.map((id) => nameOf(String(id)));
      params[key] = [...names, names[0] ?? ''].join(' → ');
    } else if (key === 'component' || key === 'from' || key === 'to') {
      params[key] = nameOf(String(value));
    } else if (key === 'polarity') {
      params[key] = value === '-' ? '−' : '+';
    } else {
      params[key] = typeof value === 'number' ? value : String(value);
    }
  }
  return interpolate(findingMessages[locale][finding.code], params);
}
