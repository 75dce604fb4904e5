// The lint's stage checks against changed copies of the committed models and templates:
//   node --test src/lint/test/templates.test.mjs   (from the repository root; `mvn verify` runs it)
// The forms are the deployed ones, target/classes/forms, with the start forms the build generates from the catalogue
// (run `mvn process-classes` first when running it by hand).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const LINT = fileURLToPath(new URL('../lint.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Lints a copy of processes/ changed by {@code change(dir)}; returns the exit code and the output. */
function lint(change) {
  const dir = mkdtempSync(join(tmpdir(), 'oneseal-lint-'));
  try {
    cpSync(join(ROOT, 'processes'), join(dir, 'processes'), { recursive: true });
    change(join(dir, 'processes'));
    const run = spawnSync('node', [LINT, join(dir, 'processes'), join('target', 'classes', 'forms')], { cwd: ROOT, encoding: 'utf8' });
    return { status: run.status, out: run.stdout + run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
