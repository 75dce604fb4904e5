// bpmnlint-plugin-camunda-compat is CommonJS whose exports Node cannot name statically;
// @camunda/linting imports `{ configs }` from it, so hand them over explicitly.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const plugin = require('bpmnlint-plugin-camunda-compat');

export const configs = plugin.configs;
export const rules = plugin.rules;
export default plugin;
