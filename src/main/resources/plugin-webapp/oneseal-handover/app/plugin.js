// 转办 in Tasklist (issue #22, handover/HandoverPlugin): in the task's action bar, how the task came to its officer
// (转办 / 改派 / 代理: from whom, why, when) and, for the officer who has claimed it, the 转办 button: a dialog to pick a
// colleague of the same group and bureau and give the reason. The rules are the server's
// (<tasklistApi>/plugin/oneseal-handover/<engine>/tasks/<taskId>); a refusal shows its Chinese message.

// the bureau's DOM and time helpers, served with the Cockpit plugins (cockpit/CommonAssetsPlugin)
import { el, time } from '../../../../../cockpit/plugin/oneseal-common/static/app/ui.js';

async function call(url, api, body) {
  const response = await fetch(url, {
    method: body ? 'POST' : 'GET',
    credentials: 'same-origin',
    headers: Object.assign({ Accept: 'application/json' },
      body ? { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken } : {}),
    body: body ? JSON.stringify(body) : undefined
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const fields = (answer.errors || []).map(e => e.message);
    throw new Error(fields.length ? fields.join('；') : (answer.message || `请求失败（HTTP ${response.status}）`));
  }
  return answer;
}

function taskUrl(api, taskId) {
  return `${api.tasklistApi}/plugin/oneseal-handover/${api.engine}/tasks/${encodeURIComponent(taskId)}`;
}

/** How the task came to its current officer: the latest handover to them. */
function note(info) {
  const last = [...info.handovers].reverse().find(h => h.to === info.assignee);
  if (!last) return null;
  const text = last.kind === 'REASSIGN'
    ? `${last.kindLabel}：${time(last.at)} 由 ${last.actedBy} 从 ${last.fromName || '（无人）'} 改派给 ${last.toName}`
    : `${last.kindLabel}：${time(last.at)} ${last.fromName || ''} → ${last.toName}${last.reason ? `，理由：${last.reason}` : ''}`;
  return el('div', { class: 'oneseal-handover-note', title: text,
    style: 'display:inline-block;margin:0 8px;padding:2px 8px;background:#fff8e1;border:1px solid #f0c36d;'
      + 'border-radius:3px;font-size:13px;max-width:40em;white-space:normal;vertical-align:middle' }, text);
}

function openDialog(api, info, done) {
  const select = el('select', { class: 'form-control', name: 'to' },
    el('option', { value: '' }, '请选择同事'),
    info.candidates.map(c => el('option', { value: c.userId }, c.name)));
  const reason = el('textarea', { class: 'form-control', name: 'reason', rows: '3', maxlength: '500',
    placeholder: '必填：为什么转给这位同事' });
  const message = el('div', { class: 'oneseal-handover-error', style: 'color:#b5152b;margin-top:8px' });
  const close = () => overlay.remove();
  const submit = el('button', { type: 'button', class: 'btn btn-primary oneseal-handover-submit' }, '确定转办');
  submit.addEventListener('click', async () => {
    message.textContent = '';
    submit.disabled = true;
    try {
      const record = await call(`${taskUrl(api, info.taskId)}/transfer`, api,
        { to: select.value, reason: reason.value });
      close();
      done(record);
    } catch (e) {
      message.textContent = e.message;
      submit.disabled = false;
    }
  });
  const overlay = el('div', { class: 'oneseal-handover-dialog',
    style: 'position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:2000;display:flex;align-items:center;'
      + 'justify-content:center' },
    el('div', { role: 'dialog', 'aria-label': '转办',
      style: 'background:#fff;padding:20px;border-radius:4px;width:32em;max-width:95vw;text-align:left' },
      el('h4', {}, `转办：${info.taskName || ''}`),
      el('p', { style: 'color:#666' }, '只能转给同一岗位、同一局的同事；接收人将在“我的待办”中看到本任务和转办理由。'),
      el('label', { style: 'display:block' }, '转给', select),
      el('label', { style: 'display:block;margin-top:8px' }, '理由', reason),
      message,
      el('div', { style: 'margin-top:12px;text-align:right' },
        el('button', { type: 'button', class: 'btn btn-default', style: 'margin-right:8px', onclick: close }, '取消'),
        submit)));
  document.body.append(overlay);
  select.focus();
}

function renderAction(node, api, scope) {
  const box = el('span', { class: 'oneseal-handover' });
  node.replaceChildren(box);
  let current = null;

  async function show(taskId) {
    current = taskId;
    box.replaceChildren();
    if (!taskId) return;
    let info;
    try {
      info = await call(taskUrl(api, taskId), api);
    } catch (e) {
      return; // a task the officer may not see: nothing to show
    }
    if (current !== taskId) return;
    const parts = [];
    const shown = note(info);
    if (shown) parts.push(shown);
    if (info.mayTransfer) {
      parts.push(el('button', { type: 'button', class: 'btn btn-default btn-sm oneseal-handover-button',
        title: '把本任务转给同岗位的同事办理', onclick: () => openDialog(api, info, () => {
          if (scope && scope.taskData) scope.taskData.changed('task');
          if (scope && scope.tasklistData) scope.tasklistData.changed('taskList');
          show(taskId);
        }) }, '转办'));
    }
    box.replaceChildren(...parts);
  }

  if (scope && scope.taskData) {
    scope.taskData.observe('task', task => show(task && task.id));
  } else {
    const fromHash = () => new URLSearchParams((window.location.hash.split('?')[1] || '')).get('task');
    window.addEventListener('hashchange', () => show(fromHash()));
    show(fromHash());
  }
}

export default [
  {
    id: 'oneseal-handover-action',
    pluginPoint: 'tasklist.task.action',
    priority: 50,
    render: (node, { api }, scope) => renderAction(node, api, scope)
  }
];
