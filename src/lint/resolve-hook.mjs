// @camunda/linting is written for bundlers: extension-less relative imports and bare JSON imports.
// This loader hook lets plain Node.js load it: it tries ".js" and "/index.js" for such specifiers
// and marks ".json" modules as JSON; bpmnlint-plugin-camunda-compat goes through compat-shim.mjs.
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COMPAT_SHIM = new URL('./compat-shim.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'bpmnlint-plugin-camunda-compat') {
    return { url: COMPAT_SHIM, shortCircuit: true };
  }
  try {
    const result = await nextResolve(specifier, context);
    if (result.url.endsWith('.json')) {
      return { ...result, importAttributes: { type: 'json' } };
    }
    return result;
  } catch (error) {
    for (const suffix of ['.js', '/index.js']) {
      try {
        const result = await nextResolve(specifier + suffix, context);
        const path = fileURLToPath(result.url);
        if (existsSync(path) && statSync(path).isFile()) {
          return result;
        }
      } catch (ignored) {
        // try the next suffix
      }
    }
    throw error;
  }
}

export async function load(url, context, nextLoad) {
  if (url.endsWith('.json')) {
    return nextLoad(url, { ...context, importAttributes: { type: 'json' } });
  }
  return nextLoad(url, context);
}
