// House rule "no scripts": the bureau's engine refuses at deployment every model holding a script
// (cn.gov.oneseal.security.NoScriptsInModels: a script task, camunda:script in a listener or an input/output
// parameter, a script resource, a condition in a script language), and no script engine is on its class path.
// The lint says so before the deployment, naming the element that holds the script.
const is = (el, type) => el && el.$instanceOf && el.$instanceOf(type);
const ADVICE_EN = 'scripts are refused at deployment here (NoScriptsInModels): use a Java delegate or an expression';
const ADVICE_ZH = '本局引擎在部署时拒绝任何脚本：请改用 Java 委托或表达式';

/**
 * The scripts an element holds itself (its listeners, input/output, conditions, loop), not those of the elements
 * it contains (a sub-process's flow elements are checked one by one): [{ en, zh }].
 */
export function scriptsOf(el) {
  const found = [];
  if (is(el, 'bpmn:ScriptTask')) {
    const resource = el.get('camunda:resource');
    found.push({
      en: `script task (${el.scriptFormat || 'no scriptFormat'}${resource ? `, camunda:resource ${resource}` : ''}): ${ADVICE_EN}`,
      zh: `脚本任务（${el.scriptFormat || '未设 scriptFormat'}${resource ? `，外部脚本资源 camunda:resource ${resource}` : ''}）：${ADVICE_ZH}`
    });
  }
  visit(el, found);
  return found;
}

function visit(obj, found) {
  for (const p of obj.$descriptor?.properties || []) {
    if (p.isReference || p.name === 'flowElements' || p.name === 'artifacts') continue;
    const value = obj.get(p.name);
    for (const child of Array.isArray(value) ? value : [value]) {
      if (!child || typeof child !== 'object' || !child.$descriptor) continue;
      if (is(child, 'camunda:Script')) found.push(script(child, obj));
      else if (is(child, 'bpmn:FormalExpression') && child.language) found.push(condition(child, p.name));
      visit(child, found);
    }
  }
}

function script(s, parent) {
  const what = s.resource ? `camunda:script resource ${s.resource}` : `camunda:script (${s.scriptFormat || 'no scriptFormat'})`;
  const whatZh = s.resource ? `外部脚本资源 camunda:resource ${s.resource}` : `脚本 camunda:script（${s.scriptFormat || '未设 scriptFormat'}）`;
  let where = 'camunda:script';
  let whereZh = '';
  if (is(parent, 'camunda:ExecutionListener')) {
    where = `execution listener (event ${parent.event || '?'})`;
    whereZh = `执行监听器（事件 ${parent.event || '?'}）`;
  } else if (is(parent, 'camunda:TaskListener')) {
    where = `task listener (event ${parent.event || '?'})`;
    whereZh = `任务监听器（事件 ${parent.event || '?'}）`;
  } else if (is(parent, 'camunda:InputParameter')) {
    where = `input parameter ${parent.name}`;
    whereZh = `输入参数 ${parent.name}`;
  } else if (is(parent, 'camunda:OutputParameter')) {
    where = `output parameter ${parent.name}`;
    whereZh = `输出参数 ${parent.name}`;
  } else {
    where = parent.$type;
    whereZh = parent.$type;
  }
  return { en: `${what} in the ${where}: ${ADVICE_EN}`, zh: `${whereZh}中含有${whatZh}：${ADVICE_ZH}` };
}

function condition(expression, property) {
  return {
    en: `${property} in script language "${expression.language}": ${ADVICE_EN} (a JUEL expression without language)`,
    zh: `${property === 'conditionExpression' ? '条件表达式' : property}使用了脚本语言“${expression.language}”（language 属性）：`
      + `${ADVICE_ZH}（不带 language 的 JUEL 表达式，如 \${accepted}）`
  };
}
