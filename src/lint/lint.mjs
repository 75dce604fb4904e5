// Lints the deployable models the way Camunda Modeler does (@camunda/linting, Camunda Platform 7.24)
// and adds the checks for what the engine refuses (or breaks on) at deploy or run time, and the house rules
// analysts rely on (every splitting gateway named with its question; every call activity a shared stage called
// with its element template, within the stage's contract — templates.mjs):
//   node src/lint/lint.mjs processes forms
// Exits 1 when any error is found.
import './register.mjs';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEMPLATES_DIR, checkCallActivity, readTemplates } from './templates.mjs';

const { Linter } = await import('@camunda/linting');
const { BpmnModdle } = await import('bpmn-moddle');
const camundaModdle = (await import('camunda-bpmn-moddle/resources/camunda.json', { with: { type: 'json' } })).default;
const modelerModdle = (await import('modeler-moddle/resources/modeler.json', { with: { type: 'json' } })).default;

const [processesDir = 'processes', formsDir = 'forms'] = process.argv.slice(2);
// form-js 1.8.7 is what Tasklist 7.24 renders; these are its field types
const FORM_JS_18_TYPES = new Set(['textfield', 'textarea', 'number', 'datetime', 'expression', 'checkbox', 'checklist',
  'radio', 'select', 'taglist', 'text', 'image', 'table', 'html', 'spacer', 'separator', 'group', 'dynamiclist',
  'iframe', 'button', 'default']);
const FORM_JS_18_SCHEMA_VERSION = 16;

const errors = [];
const warnings = [];
const error = (file, id, message) => errors.push(`${file}${id ? ` [${id}]` : ''}: ${message}`);
const warn = (file, id, message) => warnings.push(`${file}${id ? ` [${id}]` : ''}: ${message}`);

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
const formIds = new Map();
for (const path of files(formsDir, '.form')) {
  const file = relative('.', path);
  let form;
  try {
    form = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    error(file, null, `not JSON: ${e.message}`);
    continue;
  }
  if (!form.id) error(file, null, 'the form has no top-level "id" (formRef resolves by it)');
  else if (formIds.has(form.id)) error(file, form.id, `form id also used by ${formIds.get(form.id)}`);
  else formIds.set(form.id, file);
  if (form.schemaVersion > FORM_JS_18_SCHEMA_VERSION) {
    error(file, form.id, `schemaVersion ${form.schemaVersion} is newer than form-js 1.8 (${FORM_JS_18_SCHEMA_VERSION}) in Tasklist 7.24`);
  }
  const keys = new Set();
  const visit = (components = []) => {
    for (const c of components) {
      if (!FORM_JS_18_TYPES.has(c.type)) error(file, c.id, `field type "${c.type}" is not rendered by Tasklist 7.24 (form-js 1.8)`);
      if (!c.id) error(file, c.key, 'component without id');
      if (c.key) {
        if (keys.has(c.key)) error(file, c.id, `duplicate key "${c.key}"`);
        keys.add(c.key);
      }
      visit(c.components);
    }
  };
  visit(form.components);
}

// ---- element templates: the shared stages' contracts ----
TEMPLATES_DIR.dir = join(processesDir, '.camunda', 'element-templates');
const { contracts, templates } = readTemplates(TEMPLATES_DIR.dir, error);

// ---- BPMN ----
const linter = new Linter({ modeler: 'desktop', type: 'platform' });
const moddle = new BpmnModdle({ camunda: camundaModdle, modeler: modelerModdle });
const bpmnFiles = files(processesDir, '.bpmn');
const processIds = new Map();
const calledElements = [];
const callActivities = [];

const is = (el, type) => el && el.$instanceOf && el.$instanceOf(type);

for (const path of bpmnFiles) {
  const file = relative('.', path);
  const xml = readFileSync(path, 'utf8');
  let definitions;
  try {
    ({ rootElement: definitions } = await moddle.fromXML(xml));
  } catch (e) {
    error(file, null, `cannot be parsed: ${e.message}`);
    continue;
  }
  if (definitions.get('modeler:executionPlatform') !== 'Camunda Platform'
      || definitions.get('modeler:executionPlatformVersion') !== '7.24.0') {
    error(file, null, 'set modeler:executionPlatform="Camunda Platform" and executionPlatformVersion="7.24.0" (Modeler lints nothing without them)');
  }

  for (const report of await linter.lint(xml)) {
    (report.category === 'error' ? error : warn)(file, report.id, `${report.rule}: ${report.message}`);
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
    if (processIds.has(root.id)) error(file, root.id, `process id also defined in ${processIds.get(root.id)}`);
    processIds.set(root.id, file);
    if (!root.isExecutable) error(file, root.id, 'process is not executable');
    if (root.get('camunda:historyTimeToLive') == null) error(file, root.id, 'no camunda:historyTimeToLive (the engine refuses to deploy it)');
    walk(root, root);
  }

  // the diagram: every flow node drawn, no two shapes on top of each other
  const shapes = new Map();
  for (const diagram of definitions.diagrams || []) {
    for (const el of diagram.plane.planeElement || []) {
      if (is(el, 'bpmndi:BPMNShape') && el.bpmnElement) shapes.set(el.bpmnElement.id, { el: el.bpmnElement, b: el.bounds });
    }
  }
  if (!shapes.size) error(file, null, 'no diagram (Modeler would show analysts nothing)');
  for (const node of flowNodes) {
    if (!shapes.has(node.id)) error(file, node.id, 'flow node has no shape in the diagram');
  }
  const list = [...shapes.values()];
  const contains = (a, b) => a.x <= b.x && a.y <= b.y && a.x + a.width >= b.x + b.width && a.y + a.height >= b.y + b.height;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [p, q] = [list[i], list[j]];
      const attached = (x, y) => is(x.el, 'bpmn:BoundaryEvent') && x.el.attachedToRef === y.el;
      if (attached(p, q) || attached(q, p) || contains(p.b, q.b) || contains(q.b, p.b)) continue;
      const overlap = p.b.x < q.b.x + q.b.width && q.b.x < p.b.x + p.b.width && p.b.y < q.b.y + q.b.height && q.b.y < p.b.y + p.b.height;
      if (overlap) error(file, p.el.id, `shape overlaps ${q.el.id}`);
    }
  }
}

function checkElement(file, el, process) {
  const id = el.id;
  const impl = ['camunda:class', 'camunda:expression', 'camunda:delegateExpression', 'camunda:type']
    .some(a => el.get && el.get(a));
  if (is(el, 'bpmn:ServiceTask') || is(el, 'bpmn:SendTask')) {
    if (!impl) error(file, id, 'no implementation (class, expression, delegateExpression or external topic): the engine refuses it');
    if (el.get('camunda:type') === 'external' && !el.get('camunda:topic')) error(file, id, 'external task without a topic');
  }
  if (is(el, 'bpmn:BusinessRuleTask') && !impl && !el.get('camunda:decisionRef')) {
    error(file, id, 'business rule task without decisionRef or implementation');
  }
  for (const def of el.eventDefinitions || []) {
    if (is(def, 'bpmn:TimerEventDefinition')) {
      const body = def.timeDate || def.timeDuration || def.timeCycle;
      if (!body || !String(body.body || '').trim()) error(file, id, 'timer without timeDate, timeDuration or timeCycle');
    }
    if (is(def, 'bpmn:MessageEventDefinition')) {
      const throwing = is(el, 'bpmn:IntermediateThrowEvent') || is(el, 'bpmn:EndEvent');
      if (throwing && !['camunda:class', 'camunda:expression', 'camunda:delegateExpression', 'camunda:type'].some(a => def.get(a))) {
        error(file, id, 'message throw event without implementation');
      }
      if (!throwing && (!def.messageRef || !def.messageRef.name)) error(file, id, 'message event without a named message');
    }
    if (is(def, 'bpmn:ErrorEventDefinition') && is(el, 'bpmn:EndEvent') && !def.errorRef) {
      error(file, id, 'error end event without an error reference');
    }
  }
  // a splitting gateway shows its decision in the diagram: named with its question (是否受理？), as officers read it
  if (is(el, 'bpmn:Gateway') && (el.outgoing || []).length > 1) {
    const name = (el.name || '').trim();
    if (!name) error(file, id, 'splitting gateway without a name: name it with its question (e.g. 是否受理？)');
    else if (!/[？?]$/.test(name)) error(file, id, `splitting gateway named "${name}": name it with its question, ending in ？`);
  }
  if (is(el, 'bpmn:CallActivity')) {
    const called = el.calledElement || el.get('camunda:caseRef');
    if (!called) error(file, id, 'call activity without a target (calledElement)');
    else if (!String(called).includes('${') && !String(called).includes('#{')) calledElements.push({ file, id, called });
    if ((el.extensionElements?.values || []).some(v => (is(v, 'camunda:In') || is(v, 'camunda:Out')) && v.variables === 'all')) {
      error(file, id, 'variables="all": map the variables explicitly');
    }
    if (called) callActivities.push({ file, el });
  }
  if (is(el, 'bpmn:UserTask') || is(el, 'bpmn:StartEvent')) {
    const formRef = el.get('camunda:formRef');
    const binding = el.get('camunda:formRefBinding');
    if (formRef) {
      if (!['deployment', 'latest', 'version'].includes(binding)) error(file, id, 'formRef without a valid formRefBinding');
      else if (binding !== 'deployment') error(file, id, 'formRefBinding must be "deployment" (forms are deployed with the processes)');
      if (!formRef.includes('${') && !formIds.has(formRef)) error(file, id, `formRef "${formRef}" has no form with that id in forms/`);
    } else if (is(el, 'bpmn:UserTask') && !el.get('camunda:formKey')) {
      error(file, id, 'user task without a form');
    }
    if (is(el, 'bpmn:UserTask') && !el.get('camunda:candidateGroups') && !el.get('camunda:assignee') && !el.get('camunda:candidateUsers')) {
      error(file, id, 'user task without candidate groups or assignee: nobody would see it');
    }
  }
}

for (const { file, id, called } of calledElements) {
  if (!processIds.has(called)) error(file, id, `calledElement "${called}" is not a process in ${processesDir}/`);
}
for (const { file, el } of callActivities) checkCallActivity(file, el, contracts, templates, error);

// ---- DMN: history time to live ----
for (const path of files(processesDir, '.dmn')) {
  const file = relative('.', path);
  const xml = readFileSync(path, 'utf8');
  for (const m of xml.matchAll(/<(?:\w+:)?decision\b([^>]*)>/g)) {
    const id = (m[1].match(/\bid="([^"]*)"/) || [])[1];
    if (!/camunda:historyTimeToLive="[^"]+"/.test(m[1])) error(file, id, 'decision without camunda:historyTimeToLive (the engine refuses to deploy it)');
  }
}

for (const w of warnings) console.log(`warning  ${w}`);
for (const e of errors) console.log(`error    ${e}`);
console.log(`model lint: ${bpmnFiles.length} BPMN, ${formIds.size} forms, ${templates.size} element templates — ${errors.length} errors, ${warnings.length} warnings`);
process.exit(errors.length ? 1 : 0);
