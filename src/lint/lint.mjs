// Lints the deployable models the way Camunda Modeler does (@camunda/linting, Camunda Platform 7.24)
// and adds the checks for what the engine refuses (or breaks on) at deploy or run time, and the house rules
// analysts rely on (every splitting gateway named with its question; every call activity a shared stage called
// with its element template, within the stage's contract — templates.mjs):
//   node src/lint/lint.mjs processes forms [--json] [--only=FoodBusinessLicence.bpmn,Form_X.form]
// Exits 1 when any (reported) error is found. Every problem has its English message and its Chinese text (zh).
//   --json  prints one JSON object instead of the text: {"problems":[{"severity":"error"|"warning","file":"<path>",
//           "id":"<element id>"|null,"rule":"<rule>","message":"<English>","zh":"<Chinese>"}],"bpmn":N,"forms":N,
//           "templates":N} (the application shows the zh texts to an analyst whose model change it checks)
//   --only  every file is read (process ids, form ids, stage contracts resolve across the whole workspace), but
//           problems are reported only for the files of these names, and only they go through @camunda/linting
import './register.mjs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { TEMPLATES_DIR, checkCallActivity, readTemplates } from './templates.mjs';
import { linterZh } from './linter-zh.mjs';
import { scriptsOf } from './scripts.mjs';
import { checkForms } from './forms.mjs';

const { Linter } = await import('@camunda/linting');
const { BpmnModdle } = await import('bpmn-moddle');
const camundaModdle = (await import('camunda-bpmn-moddle/resources/camunda.json', { with: { type: 'json' } })).default;
const modelerModdle = (await import('modeler-moddle/resources/modeler.json', { with: { type: 'json' } })).default;

const args = process.argv.slice(2);
const options = args.filter(a => a.startsWith('--'));
const [processesDir = 'processes', formsDir = 'forms'] = args.filter(a => !a.startsWith('--'));
const unknown = options.filter(o => o !== '--json' && !o.startsWith('--only='));
if (unknown.length) {
  console.error(`unknown option ${unknown.join(' ')}; usage: node lint.mjs [processes] [forms] [--json] [--only=a.bpmn,b.form]`);
  process.exit(2);
}
const asJson = options.includes('--json');
const onlyOption = options.findLast(o => o.startsWith('--only='));
const only = onlyOption == null ? null
  : new Set(onlyOption.slice('--only='.length).split(',').map(n => n.trim()).filter(Boolean));
const reported = path => !only || only.has(basename(path));

// problems by file (the path as given): the English message for the build's text output, the Chinese for analysts
const problems = [];
const problem = severity => (file, id, rule, message, zh) => {
  if (reported(file)) problems.push({ severity, file, id: id ?? null, rule, message, zh });
};
const error = problem('error');
const warn = problem('warning');
// an id defined twice is reported on the later file, naming the earlier; with --only, on whichever of them is listed
const duplicate = (later, earlier, id, rule, en, zh) => {
  if (!reported(later) && reported(earlier)) error(earlier, id, rule, en(later), zh(later));
  else error(later, id, rule, en(earlier), zh(earlier));
};
// how an id reads in Chinese: file → id → { kind: 元素 | 字段 | 表单 | 模板 | 决策, name }
const labels = new Map();
const label = (file, id, kind, name) => {
  if (!labels.has(file)) labels.set(file, new Map());
  if (!labels.get(file).has(id)) labels.get(file).set(id, { kind, name: String(name ?? '').trim() });
};

function files(dir, suffix) {
  let found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(files(path, suffix));
    else if (name.endsWith(suffix)) found.push(path);
  }
  return found.sort();
}

// ---- forms: ids, schema version, field types Tasklist can render ----
const formIds = checkForms(files(formsDir, '.form'), error, label, duplicate);

// ---- element templates: the shared stages' contracts ----
TEMPLATES_DIR.dir = join(processesDir, '.camunda', 'element-templates');
const { contracts, templates } = readTemplates(TEMPLATES_DIR.dir, error, label);

// ---- BPMN ----
const linter = new Linter({ modeler: 'desktop', type: 'platform' });
const moddle = new BpmnModdle({ camunda: camundaModdle, modeler: modelerModdle });
const bpmnFiles = files(processesDir, '.bpmn');
const processIds = new Map();
const calledElements = [];
const callActivities = [];

const is = (el, type) => el && el.$instanceOf && el.$instanceOf(type);

for (const path of bpmnFiles) {
  const file = path;
  const xml = readFileSync(path, 'utf8');
  let definitions;
  let elementsById;
  try {
    ({ rootElement: definitions, elementsById } = await moddle.fromXML(xml));
  } catch (e) {
    error(file, null, 'oneseal/bpmn-parse', `cannot be parsed: ${e.message}`, `模型无法解析（${e.message}）`);
    continue;
  }
  for (const [id, el] of Object.entries(elementsById || {})) label(file, id, '元素', el.name);
  if (definitions.get('modeler:executionPlatform') !== 'Camunda Platform'
      || definitions.get('modeler:executionPlatformVersion') !== '7.24.0') {
    error(file, null, 'oneseal/execution-platform', 'set modeler:executionPlatform="Camunda Platform" and executionPlatformVersion="7.24.0" (Modeler lints nothing without them)',
      '请设置 modeler:executionPlatform="Camunda Platform" 和 modeler:executionPlatformVersion="7.24.0"（否则 Modeler 不作任何检查）');
  }

  if (reported(file)) {
    for (const report of await linter.lint(xml)) {
      (report.category === 'error' ? error : warn)(file, report.id, report.rule, `${report.rule}: ${report.message}`,
        linterZh(report.rule, report.message));
    }
  }

  const flowNodes = [];
  const walk = (container, process) => {
    for (const el of container.flowElements || []) {
      if (is(el, 'bpmn:FlowNode')) flowNodes.push(el);
      checkElement(file, el, process);
      if (el.flowElements) walk(el, process);
    }
  };
  for (const root of definitions.rootElements || []) {
    if (!is(root, 'bpmn:Process')) continue;
    if (processIds.has(root.id)) {
      duplicate(file, processIds.get(root.id), root.id, 'oneseal/process-id-unique',
        other => `process id also defined in ${relative('.', other)}`, other => `流程 id 已在 ${basename(other)} 中定义`);
    }
    processIds.set(root.id, file);
    if (!root.isExecutable) error(file, root.id, 'oneseal/process-executable', 'process is not executable', '流程未设为可执行（isExecutable）');
    if (root.get('camunda:historyTimeToLive') == null) {
      error(file, root.id, 'oneseal/history-time-to-live', 'no camunda:historyTimeToLive (the engine refuses to deploy it)',
        '流程缺少 camunda:historyTimeToLive（历史保留期限），引擎会拒绝部署');
    }
    for (const script of scriptsOf(root)) error(file, root.id, 'oneseal/no-scripts', script.en, script.zh);
    walk(root, root);
  }

  // the diagram: every flow node drawn, no two shapes on top of each other
  const shapes = new Map();
  for (const diagram of definitions.diagrams || []) {
    for (const el of diagram.plane.planeElement || []) {
      if (is(el, 'bpmndi:BPMNShape') && el.bpmnElement) shapes.set(el.bpmnElement.id, { el: el.bpmnElement, b: el.bounds });
    }
  }
  if (!shapes.size) error(file, null, 'oneseal/diagram', 'no diagram (Modeler would show analysts nothing)', '模型没有流程图（Modeler 中分析员看不到任何内容）');
  for (const node of flowNodes) {
    if (!shapes.has(node.id)) error(file, node.id, 'oneseal/diagram', 'flow node has no shape in the diagram', '流程节点在流程图中没有图形');
  }
  const list = [...shapes.values()];
  const contains = (a, b) => a.x <= b.x && a.y <= b.y && a.x + a.width >= b.x + b.width && a.y + a.height >= b.y + b.height;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [p, q] = [list[i], list[j]];
      const attached = (x, y) => is(x.el, 'bpmn:BoundaryEvent') && x.el.attachedToRef === y.el;
      if (attached(p, q) || attached(q, p) || contains(p.b, q.b) || contains(q.b, p.b)) continue;
      const overlap = p.b.x < q.b.x + q.b.width && q.b.x < p.b.x + p.b.width && p.b.y < q.b.y + q.b.height && q.b.y < p.b.y + p.b.height;
      if (overlap) {
        const other = q.el.name ? `${q.el.id}（${q.el.name}）` : q.el.id;
        error(file, p.el.id, 'oneseal/diagram-overlap', `shape overlaps ${q.el.id}`, `图形与 ${other} 重叠`);
      }
    }
  }
}

function checkElement(file, el, process) {
  const id = el.id;
  const impl = ['camunda:class', 'camunda:expression', 'camunda:delegateExpression', 'camunda:type']
    .some(a => el.get && el.get(a));
  if (is(el, 'bpmn:ServiceTask') || is(el, 'bpmn:SendTask')) {
    if (!impl) {
      error(file, id, 'oneseal/implementation', 'no implementation (class, expression, delegateExpression or external topic): the engine refuses it',
        '没有实现（Java 类、表达式、委托表达式或外部任务主题），引擎会拒绝部署');
    }
    if (el.get('camunda:type') === 'external' && !el.get('camunda:topic')) {
      error(file, id, 'oneseal/implementation', 'external task without a topic', '外部任务没有主题（topic）');
    }
  }
  if (is(el, 'bpmn:BusinessRuleTask') && !impl && !el.get('camunda:decisionRef')) {
    error(file, id, 'oneseal/implementation', 'business rule task without decisionRef or implementation', '业务规则任务既没有 decisionRef 也没有实现');
  }
  for (const def of el.eventDefinitions || []) {
    if (is(def, 'bpmn:TimerEventDefinition')) {
      const body = def.timeDate || def.timeDuration || def.timeCycle;
      if (!body || !String(body.body || '').trim()) {
        error(file, id, 'oneseal/timer', 'timer without timeDate, timeDuration or timeCycle', '定时器没有设置 timeDate、timeDuration 或 timeCycle');
      }
    }
    if (is(def, 'bpmn:MessageEventDefinition')) {
      const throwing = is(el, 'bpmn:IntermediateThrowEvent') || is(el, 'bpmn:EndEvent');
      if (throwing && !['camunda:class', 'camunda:expression', 'camunda:delegateExpression', 'camunda:type'].some(a => def.get(a))) {
        error(file, id, 'oneseal/message', 'message throw event without implementation', '消息抛出事件没有实现');
      }
      if (!throwing && (!def.messageRef || !def.messageRef.name)) {
        error(file, id, 'oneseal/message', 'message event without a named message', '消息事件没有引用带名称的消息');
      }
    }
    if (is(def, 'bpmn:ErrorEventDefinition') && is(el, 'bpmn:EndEvent') && !def.errorRef) {
      error(file, id, 'oneseal/error-reference', 'error end event without an error reference', '错误结束事件没有引用错误（errorRef）');
    }
  }
  // a splitting gateway shows its decision in the diagram: named with its question (是否受理？), as officers read it
  if (is(el, 'bpmn:Gateway') && (el.outgoing || []).length > 1) {
    const name = (el.name || '').trim();
    if (!name) {
      error(file, id, 'oneseal/gateway-question', 'splitting gateway without a name: name it with its question (e.g. 是否受理？)',
        '分支网关没有名称：请以它要回答的问题命名（例如“是否受理？”）');
    } else if (!/[？?]$/.test(name)) {
      error(file, id, 'oneseal/gateway-question', `splitting gateway named "${name}": name it with its question, ending in ？`,
        '分支网关的名称不是问题：请以它要回答的问题命名，以“？”结尾');
    }
  }
  if (is(el, 'bpmn:CallActivity')) {
    const called = el.calledElement || el.get('camunda:caseRef');
    if (!called) error(file, id, 'oneseal/called-element', 'call activity without a target (calledElement)', '调用活动没有目标（calledElement）');
    else if (!String(called).includes('${') && !String(called).includes('#{')) calledElements.push({ file, id, called });
    if ((el.extensionElements?.values || []).some(v => (is(v, 'camunda:In') || is(v, 'camunda:Out')) && v.variables === 'all')) {
      error(file, id, 'oneseal/variables-all', 'variables="all": map the variables explicitly', 'variables="all"：请逐个显式映射变量');
    }
    if (called) callActivities.push({ file, el });
  }
  if (is(el, 'bpmn:UserTask') || is(el, 'bpmn:StartEvent')) {
    const formRef = el.get('camunda:formRef');
    const binding = el.get('camunda:formRefBinding');
    if (formRef) {
      if (!['deployment', 'latest', 'version'].includes(binding)) {
        error(file, id, 'oneseal/form-ref', 'formRef without a valid formRefBinding', 'formRef 缺少有效的 formRefBinding');
      } else if (binding !== 'deployment') {
        error(file, id, 'oneseal/form-ref', 'formRefBinding must be "deployment" (forms are deployed with the processes)',
          'formRefBinding 必须为“deployment”（表单与流程一起部署）');
      }
      if (!formRef.includes('${') && !formIds.has(formRef)) {
        error(file, id, 'oneseal/form-ref', `formRef "${formRef}" has no form with that id in forms/`, `formRef“${formRef}”在表单目录中没有对应 id 的表单`);
      }
    } else if (is(el, 'bpmn:UserTask') && !el.get('camunda:formKey')) {
      error(file, id, 'oneseal/form-ref', 'user task without a form', '用户任务没有表单');
    }
    if (is(el, 'bpmn:UserTask') && !el.get('camunda:candidateGroups') && !el.get('camunda:assignee') && !el.get('camunda:candidateUsers')) {
      error(file, id, 'oneseal/candidates', 'user task without candidate groups or assignee: nobody would see it',
        '用户任务没有候选组或办理人：没有人能看到这项任务');
    }
  }
  for (const script of scriptsOf(el)) error(file, id, 'oneseal/no-scripts', script.en, script.zh);
}

for (const { file, id, called } of calledElements) {
  if (!processIds.has(called)) {
    error(file, id, 'oneseal/called-element', `calledElement "${called}" is not a process in ${processesDir}/`, `calledElement“${called}”不是已有的流程`);
  }
}
for (const { file, el } of callActivities) checkCallActivity(file, el, contracts, templates, error);

// ---- DMN: history time to live ----
for (const path of files(processesDir, '.dmn')) {
  const file = path;
  const xml = readFileSync(path, 'utf8');
  for (const m of xml.matchAll(/<(?:\w+:)?decision\b([^>]*)>/g)) {
    const id = (m[1].match(/\bid="([^"]*)"/) || [])[1];
    if (id) label(file, id, '决策', (m[1].match(/\bname="([^"]*)"/) || [])[1]);
    if (!/camunda:historyTimeToLive="[^"]+"/.test(m[1])) {
      error(file, id, 'oneseal/history-time-to-live', 'decision without camunda:historyTimeToLive (the engine refuses to deploy it)',
        '决策缺少 camunda:historyTimeToLive（历史保留期限），引擎会拒绝部署');
    }
  }
}

/** `元素 CallActivity_Review（审查）：…` — the Chinese text of a problem, naming its element as analysts read it. */
function zhOf({ file, id, zh }) {
  if (!id) return zh;
  const { kind = '元素', name = '' } = labels.get(file)?.get(id) || {};
  return `${kind} ${id}${name ? `（${name}）` : ''}：${zh}`;
}

const errors = problems.filter(p => p.severity === 'error');
const warnings = problems.filter(p => p.severity === 'warning');
const exitCode = errors.length ? 1 : 0;
if (asJson) {
  const out = {
    problems: [...warnings, ...errors].map(p => ({ ...p, zh: zhOf(p) })),
    bpmn: bpmnFiles.length,
    forms: formIds.size,
    templates: templates.size
  };
  process.stdout.write(`${JSON.stringify(out)}\n`, () => process.exit(exitCode));
} else {
  const line = p => `${relative('.', p.file)}${p.id ? ` [${p.id}]` : ''}: ${p.message}`;
  for (const w of warnings) console.log(`warning  ${line(w)}`);
  for (const e of errors) console.log(`error    ${line(e)}`);
  console.log(`model lint: ${bpmnFiles.length} BPMN, ${formIds.size} forms, ${templates.size} element templates — ${errors.length} errors, ${warnings.length} warnings`);
  process.exit(exitCode);
}
