// Chinese for the reports of @camunda/linting as lint.mjs runs it ({ modeler: 'desktop', type: 'platform' } on a
// Camunda Platform 7.24 model). The rules it really applies: bpmnlint-plugin-camunda-compat's config
// camunda-platform-7-24 (history-time-to-live, category "info"), bpmnlint's "correctness" config and the
// no-bpmndi rule @camunda/linting adds itself (lib/plugins/bpmnLintPlugin.js). A rule not listed here (a newer
// version of the linter) falls back to the rule name and the English message.
const RULES = {
  'camunda-compat/history-time-to-live': () => '流程未配置 historyTimeToLive（历史保留期限）',
  'ad-hoc-sub-process': m => (/End Event/.test(m)
    ? '即席子流程（Ad Hoc Sub Process）中不允许有结束事件'
    : '即席子流程（Ad Hoc Sub Process）中不允许有开始事件'),
  'conditional-event': () => '条件事件缺少条件',
  'event-based-gateway': m => (/must not be conditional/.test(m)
    ? '从基于事件的网关流出的顺序流不得带条件'
    : '基于事件的网关至少要有 2 条流出的顺序流'),
  'event-sub-process-typed-start-event': () => '事件子流程的开始事件缺少事件定义（须为消息、定时、错误等类型的开始事件）',
  'link-event': m => {
    const name = (m.match(/<([^>]*)>/) || [])[1];
    if (/missing link name/.test(m)) return '链接事件缺少链接名称';
    if (/^Duplicate/.test(m)) return `同一作用域中链接名称为“${name}”的链接捕获事件重复`;
    if (/^Link catch event .* missing/.test(m)) return `同一作用域中缺少链接名称为“${name}”的链接捕获事件`;
    return `同一作用域中缺少链接名称为“${name}”的链接抛出事件`;
  },
  'no-duplicate-sequence-flows': m => (/outgoing/.test(m) ? '流出的顺序流重复'
    : /incoming/.test(m) ? '流入的顺序流重复' : '顺序流重复'),
  'sub-process-blank-start-event': () => '子流程的开始事件必须是空白开始事件',
  'single-blank-start-event': m => (/^Sub process/.test(m) ? '子流程有多个空白开始事件' : '流程有多个空白开始事件'),
  'no-bpmndi': () => '元素在图中没有图形（bpmndi）'
};

/** The rules of @camunda/linting translated here (for the self-tests). */
export const TRANSLATED_RULES = Object.keys(RULES);

/** The Chinese text of one @camunda/linting report. */
export function linterZh(rule, message) {
  const key = String(rule).replace(/^bpmnlint\//, '').replace(/^bpmnlint-plugin-camunda-compat\//, 'camunda-compat/');
  const translate = RULES[key];
  return translate ? translate(String(message)) : `模型检查规则 ${rule} 未通过：${message}`;
}
