// The deployed forms (Camunda Forms): ids unique, a schema version and field types Tasklist 7.24 can render.
import { basename, relative } from 'node:path';
import { readFileSync } from 'node:fs';

// form-js 1.8.7 is what Tasklist 7.24 renders; these are its field types
const FORM_JS_18_TYPES = new Set(['textfield', 'textarea', 'number', 'datetime', 'expression', 'checkbox', 'checklist',
  'radio', 'select', 'taglist', 'text', 'image', 'table', 'html', 'spacer', 'separator', 'group', 'dynamiclist',
  'iframe', 'button', 'default']);
const FORM_JS_18_SCHEMA_VERSION = 16;

/**
 * Checks the forms at these paths; error(file, id, rule, message, zh) takes each problem, label(file, id, kind, name)
 * how an id reads in Chinese, duplicate(later, earlier, id, rule, en, zh) an id defined twice. Returns the form ids.
 */
export function checkForms(paths, error, label, duplicate) {
  const formIds = new Map();
  for (const path of paths) {
    const file = path;
    let form;
    try {
      form = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      error(file, null, 'oneseal/form-json', `not JSON: ${e.message}`, `表单文件不是有效的 JSON（${e.message}）`);
      continue;
    }
    if (form.id) label(file, form.id, '表单');
    if (!form.id) error(file, null, 'oneseal/form-id', 'the form has no top-level "id" (formRef resolves by it)', '表单没有顶层 "id"（formRef 按它引用表单）');
    else if (formIds.has(form.id)) {
      duplicate(file, formIds.get(form.id), form.id, 'oneseal/form-id', other => `form id also used by ${relative('.', other)}`,
        other => `表单 id 已被 ${basename(other)} 使用`);
    } else formIds.set(form.id, file);
    if (form.schemaVersion > FORM_JS_18_SCHEMA_VERSION) {
      error(file, form.id, 'oneseal/form-schema-version', `schemaVersion ${form.schemaVersion} is newer than form-js 1.8 (${FORM_JS_18_SCHEMA_VERSION}) in Tasklist 7.24`,
        `schemaVersion ${form.schemaVersion} 高于 Tasklist 7.24 所用 form-js 1.8 支持的版本（${FORM_JS_18_SCHEMA_VERSION}）`);
    }
    const keys = new Set();
    const visit = (components = []) => {
      for (const c of components) {
        if (c.id || c.key) label(file, c.id || c.key, '字段', c.label || c.text);
        if (!FORM_JS_18_TYPES.has(c.type)) {
          error(file, c.id, 'oneseal/form-field-type', `field type "${c.type}" is not rendered by Tasklist 7.24 (form-js 1.8)`,
            `字段类型“${c.type}”在 Tasklist 7.24（form-js 1.8）中无法显示`);
        }
        if (!c.id) error(file, c.key, 'oneseal/form-component-id', 'component without id', '组件缺少 id');
        if (c.key) {
          if (keys.has(c.key)) error(file, c.id, 'oneseal/form-key-unique', `duplicate key "${c.key}"`, `字段键“${c.key}”在表单中重复`);
          keys.add(c.key);
        }
        visit(c.components);
      }
    };
    visit(form.components);
  }
  return formIds;
}
