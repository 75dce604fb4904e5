// The Modeler element templates of the shared stages (processes/.camunda/element-templates/*.json): validated against
// the element-templates JSON schema, read as the stages' contracts (called element, business key, variables in and
// out — process/StageContracts, equal by ElementTemplatesTest), and every call activity checked against them.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
const Ajv = require('ajv');
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');

export const BUSINESS_KEY = '#{execution.processBusinessKey}';

const is = (el, type) => el && el.$instanceOf && el.$instanceOf(type);

/**
 * Reads and validates the templates; returns the stages' contracts by called element and the templates by id.
 * error(file, id, rule, message, zh) takes each problem; label(file, id, kind, name) how a template id reads.
 */
export function readTemplates(dir, error, label = () => {}) {
  const contracts = new Map();
  const templates = new Map();
  if (!existsSync(dir)) {
    error(dir, null, 'oneseal/element-templates', 'no element templates: the shared stages have no contracts', '没有元素模板：共享环节没有契约');
    return { contracts, templates };
  }
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  for (const name of readdirSync(dir).filter(n => n.endsWith('.json')).sort()) {
    const file = join(dir, name);
    let json;
    try {
      json = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    } catch (e) {
      error(file, null, 'oneseal/element-templates', `not JSON: ${e.message}`, `模板文件不是有效的 JSON（${e.message}）`);
      continue;
    }
    if (!validate(json)) {
      for (const e of validate.errors) {
        error(file, null, 'oneseal/element-templates-schema', `element-templates schema: ${e.instancePath || '/'} ${e.message}`,
          `不符合元素模板的 JSON 架构：${e.instancePath || '/'} ${e.message}`);
      }
      continue;
    }
    for (const template of Array.isArray(json) ? json : [json]) {
      if (template.id) label(file, template.id, '模板', template.name);
      const contract = contractOf(file, template, error);
      if (!contract) continue;
      const key = `${template.id}@${template.version ?? ''}`;
      if (templates.has(key)) {
        error(file, template.id, 'oneseal/element-templates', `template id and version also in ${relative('.', templates.get(key).file)}`,
          `模板 id 和版本与 ${basename(templates.get(key).file)} 重复`);
      }
      if (contracts.has(contract.stage)) {
        error(file, template.id, 'oneseal/element-templates', `a second template for ${contract.stage}`, `${contract.stage} 已有另一个模板`);
      }
      templates.set(key, { file, template, contract });
      contracts.set(contract.stage, { ...contract, file, id: template.id, version: template.version });
    }
  }
  return { contracts, templates };
}

/** A stage template's contract: the called stage, the business key, the variables in and out, all locked. */
function contractOf(file, template, error) {
  const problems = [];
  if (!(template.appliesTo || []).includes('bpmn:CallActivity')) problems.push(['does not apply to bpmn:CallActivity', '模板不适用于调用活动（bpmn:CallActivity）']);
  const props = template.properties || [];
  const locked = p => p.editable === false || p.type === 'Hidden';
  const called = props.find(p => p.binding.type === 'property' && p.binding.name === 'calledElement');
  const businessKey = props.find(p => p.binding.type === 'camunda:in:businessKey');
  if (!called || !locked(called) || !/^Stage_\w+$/.test(called.value || '')) {
    problems.push(['needs a locked calledElement naming a shared stage (Stage_*)', '需要一个锁定的 calledElement，指向共享环节（Stage_*）']);
  }
  if (!businessKey || !locked(businessKey) || businessKey.value !== BUSINESS_KEY) {
    problems.push([`needs the locked business key ${BUSINESS_KEY}`, `需要锁定的业务键 ${BUSINESS_KEY}`]);
  }
  const ins = [];
  const outs = [];
  for (const p of props) {
    if (p.binding.type === 'camunda:in' || p.binding.type === 'camunda:out') {
      const name = p.binding.type === 'camunda:in' ? p.binding.target : p.binding.source;
      if (!locked(p) || p.value !== name || p.binding.variables || p.binding.expression || p.binding.sourceExpression) {
        problems.push([`${p.binding.type} ${name}: map the variable to itself, locked (editable: false)`,
          `${p.binding.type} ${name}：须映射到同名变量并锁定（editable: false）`]);
      }
      (p.binding.type === 'camunda:in' ? ins : outs).push(name);
    }
  }
  for (const [en, zh] of problems) error(file, template.id, 'oneseal/stage-contract', en, zh);
  return problems.length ? null : { stage: called.value, ins, outs };
}

/**
 * Every call activity calls a shared stage that has a contract, passes the business key and maps only what the
 * stage's contract declares; a templated call activity carries its template's bindings, no more and no fewer.
 */
export function checkCallActivity(file, el, contracts, templates, error) {
  const id = el.id;
  const values = el.extensionElements?.values || [];
  const ins = values.filter(v => is(v, 'camunda:In'));
  const outs = values.filter(v => is(v, 'camunda:Out'));
  const called = el.calledElement;
  const contract = contracts.get(called);
  if (!contract) {
    const known = [...contracts.keys()].join(', ');
    error(file, id, 'oneseal/stage-contract', `calledElement "${called}" is not a shared stage with a contract (an element template in ${relative('.', TEMPLATES_DIR.dir)}): ${known}`,
      `calledElement“${called}”不是有契约（元素模板）的共享环节；可调用的共享环节：${known}`);
    return;
  }
  if (!ins.some(i => i.businessKey === BUSINESS_KEY)) {
    error(file, id, 'oneseal/stage-contract', `${called}: pass the case number as business key (${BUSINESS_KEY})`,
      `调用 ${called} 时须以业务键传递案件编号（${BUSINESS_KEY}）`);
  }
  for (const i of ins.filter(i => !i.businessKey)) {
    if (i.source !== i.target || !contract.ins.includes(i.target)) {
      error(file, id, 'oneseal/stage-contract', `${called}: camunda:in ${i.source || i.sourceExpression || i.variables} → ${i.target || ''} is not in its contract (in: ${contract.ins.join(', ')})`,
        `传入 ${called} 的 camunda:in ${i.source || i.sourceExpression || i.variables} → ${i.target || ''} 不在该环节的契约中（可传入：${contract.ins.join('、')}）`);
    }
  }
  for (const o of outs) {
    if (o.source !== o.target || !contract.outs.includes(o.source)) {
      error(file, id, 'oneseal/stage-contract', `${called}: camunda:out ${o.source || o.sourceExpression || o.variables} → ${o.target || ''} is not in its contract (out: ${contract.outs.join(', ') || '—'})`,
        `从 ${called} 传出的 camunda:out ${o.source || o.sourceExpression || o.variables} → ${o.target || ''} 不在该环节的契约中（可传出：${contract.outs.join('、') || '无'}）`);
    }
  }
  const templateId = el.get('camunda:modelerTemplate');
  if (!templateId) {
    error(file, id, 'oneseal/stage-template', `${called}: apply its element template "${contract.id}" (Modeler: properties panel → Template → Select), so that the call carries the stage's contract`,
      `调用 ${called} 须应用它的元素模板“${contract.id}”（Modeler：属性面板 → Template → Select），使调用带上该环节的契约`);
    return;
  }
  const entry = templates.get(`${templateId}@${el.get('camunda:modelerTemplateVersion') ?? ''}`);
  if (!entry) {
    error(file, id, 'oneseal/stage-template', `element template ${templateId} version ${el.get('camunda:modelerTemplateVersion')} is not in ${relative('.', TEMPLATES_DIR.dir)}`,
      `元素模板 ${templateId} 版本 ${el.get('camunda:modelerTemplateVersion')} 不在元素模板目录中`);
    return;
  }
  matchesTemplate(file, el, entry.template, ins, outs, error);
}

/** The element still carries every locked binding of its template, and no mapping the template does not have. */
function matchesTemplate(file, el, template, ins, outs, error) {
  const id = el.id;
  const expectedIns = new Set();
  const expectedOuts = new Set();
  for (const p of template.properties) {
    const b = p.binding;
    const locked = p.editable === false || p.type === 'Hidden';
    if (b.type === 'property') {
      if (locked && el.get(b.name) !== p.value) {
        error(file, id, 'oneseal/stage-template', `differs from its template ${template.id}: ${b.name} is "${el.get(b.name) ?? ''}", the template says "${p.value}"`,
          `与其模板 ${template.id} 不一致：${b.name} 为“${el.get(b.name) ?? ''}”，模板规定为“${p.value}”`);
      }
    } else if (b.type === 'camunda:in:businessKey') {
      if (!ins.some(i => i.businessKey === p.value)) {
        error(file, id, 'oneseal/stage-template', `differs from its template ${template.id}: business key ${p.value}`,
          `与其模板 ${template.id} 不一致：缺少业务键 ${p.value}`);
      }
      expectedIns.add(`businessKey=${p.value}`);
    } else if (b.type === 'camunda:in') {
      if (!ins.some(i => i.target === b.target && i.source === p.value)) {
        error(file, id, 'oneseal/stage-template', `differs from its template ${template.id}: missing camunda:in ${p.value} → ${b.target}`,
          `与其模板 ${template.id} 不一致：缺少 camunda:in ${p.value} → ${b.target}`);
      }
      expectedIns.add(`${p.value}->${b.target}`);
    } else if (b.type === 'camunda:out') {
      if (!outs.some(o => o.source === b.source && o.target === p.value)) {
        error(file, id, 'oneseal/stage-template', `differs from its template ${template.id}: missing camunda:out ${b.source} → ${p.value}`,
          `与其模板 ${template.id} 不一致：缺少 camunda:out ${b.source} → ${p.value}`);
      }
      expectedOuts.add(`${b.source}->${p.value}`);
    }
  }
  for (const i of ins) {
    const key = i.businessKey ? `businessKey=${i.businessKey}` : `${i.source}->${i.target}`;
    if (!expectedIns.has(key)) {
      error(file, id, 'oneseal/stage-template', `differs from its template ${template.id}: extra camunda:in ${key}`,
        `与其模板 ${template.id} 不一致：多出 camunda:in ${key}`);
    }
  }
  for (const o of outs) {
    if (!expectedOuts.has(`${o.source}->${o.target}`)) {
      error(file, id, 'oneseal/stage-template', `differs from its template ${template.id}: extra camunda:out ${o.source} → ${o.target}`,
        `与其模板 ${template.id} 不一致：多出 camunda:out ${o.source} → ${o.target}`);
    }
  }
}

/** Where the templates are read from (set by the lint before the checks). */
export const TEMPLATES_DIR = { dir: 'processes/.camunda/element-templates' };
