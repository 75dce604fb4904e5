// 退回 in Tasklist (issue #22, returning/ReturnPlugin): in the task's action bar, for the officer who has claimed a
// decision or review task, the button 退回重审 / 退回受理 — a dialog for the mandatory reason; on a task the case was
// returned to, the reason it came back with. The rules are the server's
// (<tasklistApi>/plugin/oneseal-returning/<engine>/tasks/<taskId>, …/return); a refusal shows its Chinese message.

// the bureau's DOM and time helpers, served with the Cockpit plugins (cockpit/CommonAssetsPlugin)
import { el, time, call, dialog } from '../../../../../cockpit/plugin/oneseal-common/static/app/ui.js';

function taskUrl(api, taskId) {
  return `${api.tasklistApi}/plugin/oneseal-returning/${api.engine}/tasks/${encodeURIComponent(taskId)}`;
}

function openDialog(api, info, done) {
  const reason = el('textarea', { class: 'form-control', name: 'reason', rows: '4', maxlength: '500',
    placeholder: '必填，不超过 500 字：为什么退回' });
  const message = el('div', { class: 'oneseal-return-error', style: 'color:#b5152b;margin-top:8px' });
  let close = () => {};
  const submit = el('button', { type: 'button', class: 'btn btn-danger oneseal-return-submit' }, `确定${info.returnLabel}`);
  submit.addEventListener('click', async () => {
    message.textContent = '';
    submit.disabled = true;
    try {
      const record = await call(`${taskUrl(api, info.taskId)}/return`, api, { reason: reason.value });
      close();
      done(record);
    } catch (e) {
      message.textContent = e.message;
      submit.disabled = false;
    }
  });
  const where = info.returnLabel === '退回重审'
    ? '本案将回到审查，先交原审查人；重审后回到您的决定任务。'
    : '本案将回到窗口重新受理审查，先交最先受理的窗口人员；需要勘验的事项须重新勘验，之后回到您的审查任务。';
  close = dialog('oneseal-return-dialog', `${info.returnLabel}：${info.taskName || ''}`,
    el('p', { style: 'color:#666' }, `${where}退回不停止计时。`),
    el('label', { style: 'display:block' }, '退回理由', reason),
    message,
    el('div', { style: 'margin-top:12px;text-align:right' },
      el('button', { type: 'button', class: 'btn btn-default', style: 'margin-right:8px', onclick: () => close() }, '取消'),
      submit));
  reason.focus();
}

/** The reason a returned task came back with: the latest return of its case. */
function returnedNote(info) {
  const last = info.returns[info.returns.length - 1];
  if (!last) return null;
  const text = `${last.kindLabel}：${time(last.at)} ${last.from} 退回，理由：${last.reason}`;
  return el('div', { class: 'oneseal-return-note', title: text,
    style: 'display:inline-block;margin:0 8px;padding:2px 8px;background:#fdecea;border:1px solid #e4a09a;'
      + 'border-radius:3px;font-size:13px;max-width:40em;white-space:normal;vertical-align:middle' }, text);
}

function renderAction(node, api, scope) {
  const box = el('span', { class: 'oneseal-returning' });
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
    const shown = returnedNote(info);
    if (shown) parts.push(shown);
    if (info.mayReturn) {
      parts.push(el('button', { type: 'button', class: 'btn btn-default btn-sm oneseal-return-button',
        title: info.returnLabel === '退回重审' ? '退回审查人重新审查' : '退回窗口重新受理审查',
        onclick: () => openDialog(api, info, () => {
          if (scope && scope.tasklistData) scope.tasklistData.changed('taskList');
          if (scope && scope.taskData) scope.taskData.changed('task');
          box.replaceChildren(el('span', { class: 'oneseal-return-done', style: 'color:#2b7a2b;margin:0 8px' },
            `已${info.returnLabel}`));
        }) }, info.returnLabel));
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
    id: 'oneseal-return-action',
    pluginPoint: 'tasklist.task.action',
    priority: 40,
    render: (node, { api }, scope) => renderAction(node, api, scope)
  }
];
