// The lint's checks against changed copies of the committed models and templates (the stage contracts, the JSON
// output with the Chinese texts the application shows analysts, --only, no scripts):
//   node --test src/lint/test/templates.test.mjs   (from the repository root; `mvn verify` runs it)
// The forms are the deployed ones, target/classes/forms, with the start forms the build generates from the catalogue
// (run `mvn process-classes` first when running it by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TRANSLATED_RULES, linterZh } from '../linter-zh.mjs';

const LINT = fileURLToPath(new URL('../lint.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// what the workspace holds: the committed models and the deployed forms (counted, not written down: a new model or
// form must not break these tests)
const count = (dir, suffix) => readdirSync(join(ROOT, dir)).filter(name => name.endsWith(suffix)).length;
const BPMN = count('processes', '.bpmn');
const FORMS = count(join('target', 'classes', 'forms'), '.form');

/** Lints a copy of processes/ changed by {@code change(dir)}; returns the exit code and the output. */
function lint(change, ...options) {
  const dir = mkdtempSync(join(tmpdir(), 'oneseal-lint-'));
  try {
    cpSync(join(ROOT, 'processes'), join(dir, 'processes'), { recursive: true });
    change(join(dir, 'processes'));
    const run = spawnSync('node', [LINT, join(dir, 'processes'), join('target', 'classes', 'forms'), ...options], { cwd: ROOT, encoding: 'utf8' });
    return { status: run.status, out: run.stdout + run.stderr, stdout: run.stdout, dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lints with --json; returns the exit code and the parsed stdout (which must be exactly one JSON object). */
function lintJson(change, ...options) {
  const { status, stdout, dir } = lint(change, '--json', ...options);
  return { status, result: JSON.parse(stdout), dir };
}

function edit(path, from, to) {
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `${path} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
}

const food = dir => join(dir, 'FoodBusinessLicence.bpmn');

test('the committed models and templates pass', () => {
  const { status, out } = lint(() => {});
  assert.equal(status, 0, out);
  assert.match(out, /10 element templates — 0 errors/);
});

test('a call of a stage without its template fails', () => {
  const { status, out } = lint(dir => edit(food(dir),
    ' camunda:modelerTemplate="cn.gov.oneseal.Stage_Review" camunda:modelerTemplateVersion="1"', ''));
  assert.equal(status, 1);
  assert.match(out, /\[CallActivity_Review\]: Stage_Review: apply its element template "cn.gov.oneseal.Stage_Review"/);
});

test('a mapping outside the stage contract fails, and the element no longer matches its template', () => {
  const { status, out } = lint(dir => edit(food(dir),
    '<camunda:out source="reviewerId" target="reviewerId" />',
    '<camunda:out source="reviewerId" target="reviewerId" />\n        <camunda:out source="reviewAction" target="reviewAction" />'));
  assert.equal(status, 1);
  assert.match(out, /Stage_Review: camunda:out reviewAction → reviewAction is not in its contract/);
  assert.match(out, /differs from its template cn.gov.oneseal.Stage_Review: extra camunda:out reviewAction → reviewAction/);
});

test('a locked binding changed in the model fails', () => {
  const { status, out } = lint(dir => edit(food(dir),
    ' camunda:calledElementTenantId="${bureauTenants.decisionBureau(execution)}"', ''));
  assert.equal(status, 1);
  assert.match(out, /\[CallActivity_Decision\]: differs from its template cn.gov.oneseal.Stage_Decision: camunda:calledElementTenantId/);
});

test('a call without the business key fails', () => {
  const { status, out } = lint(dir => edit(food(dir),
    '<camunda:in businessKey="#{execution.processBusinessKey}" />\n        <camunda:in source="caseNumber" target="caseNumber" />\n        <camunda:in source="itemCode" target="itemCode" />\n        <camunda:in source="itemName" target="itemName" />\n        <camunda:in source="caseSummary" target="caseSummary" />\n        <camunda:in source="surveyResult"',
    '<camunda:in source="caseNumber" target="caseNumber" />\n        <camunda:in source="itemCode" target="itemCode" />\n        <camunda:in source="itemName" target="itemName" />\n        <camunda:in source="caseSummary" target="caseSummary" />\n        <camunda:in source="surveyResult"'));
  assert.equal(status, 1);
  assert.match(out, /pass the case number as business key/);
});

test('a call of a process that is no stage with a contract fails', () => {
  const { status, out } = lint(dir => edit(food(dir), 'calledElement="Stage_Dispatch"', 'calledElement="Supervision_FollowUp"'));
  assert.equal(status, 1);
  assert.match(out, /\[CallActivity_DispatchToRegulator\]: calledElement "Supervision_FollowUp" is not a shared stage with a contract/);
});

test('a template the element-templates schema refuses fails', () => {
  const { status, out } = lint(dir => {
    const path = join(dir, '.camunda', 'element-templates', 'Stage_Review.json');
    const template = JSON.parse(readFileSync(path, 'utf8'));
    delete template.name;
    template.properties[2].type = 'Boolean';
    writeFileSync(path, JSON.stringify(template));
  });
  assert.equal(status, 1);
  assert.match(out, /Stage_Review.json: element-templates schema: .*name/);
});

test('a template whose mapping is not locked is no contract', () => {
  const { status, out } = lint(dir => {
    const path = join(dir, '.camunda', 'element-templates', 'Stage_Delivery.json');
    const template = JSON.parse(readFileSync(path, 'utf8'));
    template.properties.find(p => p.binding.type === 'camunda:out').editable = true;
    writeFileSync(path, JSON.stringify(template));
  });
  assert.equal(status, 1);
  assert.match(out, /Stage_Delivery.json \[cn.gov.oneseal.Stage_Delivery\]: camunda:out licenceNumber: map the variable to itself, locked/);
});

test('--json: one JSON object with every problem, its rule and its Chinese text naming the element', () => {
  const { status, result, dir } = lintJson(dir => {
    edit(food(dir), ' camunda:historyTimeToLive="3650"', '');
    edit(food(dir), '<bpmn:exclusiveGateway id="Gateway_Accepted" name="是否受理？"', '<bpmn:exclusiveGateway id="Gateway_Accepted"');
  });
  assert.equal(status, 1);
  assert.deepEqual([result.bpmn, result.forms, result.templates], [BPMN, FORMS, 10]);
  const errors = result.problems.filter(p => p.severity === 'error');
  assert.deepEqual(errors.map(p => [p.file, p.id, p.rule]), [
    [join(dir, 'processes', 'FoodBusinessLicence.bpmn'), 'FoodBusinessLicence', 'oneseal/history-time-to-live'],
    [join(dir, 'processes', 'FoodBusinessLicence.bpmn'), 'Gateway_Accepted', 'oneseal/gateway-question']]);
  assert.equal(errors[0].message, 'no camunda:historyTimeToLive (the engine refuses to deploy it)');
  assert.equal(errors[0].zh, '元素 FoodBusinessLicence（食品经营许可）：流程缺少 camunda:historyTimeToLive（历史保留期限），引擎会拒绝部署');
  assert.match(errors[1].zh, /^元素 Gateway_Accepted：分支网关没有名称/);
  // @camunda/linting's own report, in Chinese too
  const warning = result.problems.find(p => p.severity === 'warning');
  assert.equal(warning.rule, 'camunda-compat/history-time-to-live');
  assert.equal(warning.zh, '元素 FoodBusinessLicence（食品经营许可）：流程未配置 historyTimeToLive（历史保留期限）');
});

test('--only reports the listed files alone, resolving ids across the whole workspace', () => {
  const broken = dir => edit(food(dir), ' camunda:historyTimeToLive="3650"', '');
  const other = lintJson(broken, '--only=DrugRetailLicence.bpmn,Stage_Review.json');
  assert.equal(other.status, 0);
  assert.deepEqual(other.result, { problems: [], bpmn: BPMN, forms: FORMS, templates: 10 });
  const listed = lintJson(broken, '--only=FoodBusinessLicence.bpmn');
  assert.equal(listed.status, 1);
  assert.deepEqual(listed.result.problems.filter(p => p.severity === 'error').map(p => p.id), ['FoodBusinessLicence']);
  // the text output filters alike
  const text = lint(broken, '--only=FoodBusinessLicence.bpmn');
  assert.equal(text.status, 1);
  assert.match(text.out, /\[FoodBusinessLicence\]: no camunda:historyTimeToLive/);
  assert.equal(lint(broken, '--only=Stage_Review.bpmn').status, 0);
});

test('--only: a listed model reusing the process id of another file is told so, whichever file sorts first', () => {
  const copy = dir => writeFileSync(join(dir, 'AAA_Proposed.bpmn'), readFileSync(food(dir), 'utf8'));
  const { status, result } = lintJson(copy, '--only=AAA_Proposed.bpmn');
  assert.equal(status, 1);
  const errors = result.problems.filter(p => p.severity === 'error' && p.rule === 'oneseal/process-id-unique');
  assert.deepEqual(errors.map(p => [p.id, p.zh]),
    [['FoodBusinessLicence', '元素 FoodBusinessLicence（食品经营许可）：流程 id 已在 FoodBusinessLicence.bpmn 中定义']]);
  // without --only the text is as before: on the later file, naming the earlier
  assert.match(lint(copy).out, /FoodBusinessLicence.bpmn \[FoodBusinessLicence\]: process id also defined in .*AAA_Proposed.bpmn/);
});

test('no scripts: a script task, a script listener and a condition in a script language fail, in Chinese', () => {
  const { status, result } = lintJson(dir => {
    const text = readFileSync(food(dir), 'utf8').replaceAll('EndEvent_Rejected', 'ScriptTask_Rejected');
    writeFileSync(food(dir), text);
    edit(food(dir), '<bpmn:endEvent id="ScriptTask_Rejected" name="不予受理">\n      <bpmn:incoming>Flow_Rejected</bpmn:incoming>\n    </bpmn:endEvent>',
      '<bpmn:scriptTask id="ScriptTask_Rejected" name="不予受理" scriptFormat="groovy">\n      <bpmn:incoming>Flow_Rejected</bpmn:incoming>\n'
      + '      <bpmn:script>println "rejected"</bpmn:script>\n    </bpmn:scriptTask>');
    edit(food(dir), '<bpmn:exclusiveGateway id="Gateway_Decided">', '<bpmn:exclusiveGateway id="Gateway_Decided"><bpmn:extensionElements>'
      + '<camunda:executionListener event="start"><camunda:script scriptFormat="javascript" resource="deployment://x.js" /></camunda:executionListener>'
      + '</bpmn:extensionElements>');
    edit(food(dir), '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${intakeDecision == \'accept\'}',
      '<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="groovy">intakeDecision == \'accept\'');
  }, '--only=FoodBusinessLicence.bpmn');
  assert.equal(status, 1);
  const scripts = result.problems.filter(p => p.rule === 'oneseal/no-scripts');
  assert.deepEqual(scripts.map(p => [p.severity, p.id]),
    [['error', 'ScriptTask_Rejected'], ['error', 'Gateway_Decided'], ['error', 'Flow_Accepted']]);
  assert.equal(scripts[0].zh, '元素 ScriptTask_Rejected（不予受理）：脚本任务（groovy）：本局引擎在部署时拒绝任何脚本：请改用 Java 委托或表达式');
  assert.match(scripts[1].zh, /^元素 Gateway_Decided：执行监听器（事件 start）中含有外部脚本资源 camunda:resource deployment:\/\/x.js/);
  assert.match(scripts[2].zh, /^元素 Flow_Accepted（受理）：条件表达式使用了脚本语言“groovy”/);
  assert.match(scripts[2].message, /scripts are refused at deployment here/);
});

test('every @camunda/linting rule has its Chinese text; an unknown rule falls back to its name and message', () => {
  // the rules Linter({ modeler: 'desktop', type: 'platform' }) applies to a Camunda Platform 7.24 model
  const LIST = `const { configs } = await import('bpmnlint-plugin-camunda-compat');
    const correctness = (await import('bpmnlint/config/correctness.js')).default;
    const plugin = (await import('@camunda/linting/lib/plugins/bpmnLintPlugin.js')).default;
    console.log(JSON.stringify([...Object.keys(configs['camunda-platform-7-24'].rules).map(r => 'camunda-compat/' + r),
      ...Object.keys(correctness.rules), ...Object.keys(plugin.config.rules).map(r => r.replace(/^bpmnlint\\//, ''))]));`;
  const run = spawnSync('node', ['--import', new URL('../register.mjs', import.meta.url).href, '--input-type=module', '-e', LIST],
    { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const used = JSON.parse(run.stdout);
  assert.ok(used.includes('camunda-compat/history-time-to-live') && used.includes('no-bpmndi'), used.join(', '));
  assert.deepEqual(used.filter(rule => !TRANSLATED_RULES.includes(rule)), []);
  assert.equal(linterZh('single-blank-start-event', 'Sub process has multiple blank start events'), '子流程有多个空白开始事件');
  assert.equal(linterZh('no-bpmndi', 'Element is missing bpmndi'), '元素在图中没有图形（bpmndi）');
  assert.equal(linterZh('link-event', 'Link catch event with link name <A> missing in scope'), '同一作用域中缺少链接名称为“A”的链接捕获事件');
  assert.equal(linterZh('camunda-compat/new-rule', 'Something new'), '模型检查规则 camunda-compat/new-rule 未通过：Something new');
});
