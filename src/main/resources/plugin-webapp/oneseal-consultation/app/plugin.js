// 征求意见/加签 in Tasklist (issue #22, consultation/ConsultationTasklistPlugin): in the action bar of a review or decision
// task its officer has claimed, the button 征求意见 opens a dialog — the question, the working days (1–10) and the
// officers and departments to ask, picked by Chinese name; on every task, the tab 征求意见 lists the consultations asked
// on it with each consultee's state (待答复 / 已答复 / 逾期未回复) and answer. The rules are the server's
// (<tasklistApi>/plugin/oneseal-consultation/<engine>/tasks/<taskId>/{consultations | consultees}); a refusal shows its
// Chinese message, field by field.

// the bureau's DOM and time helpers, served with the Cockpit plugins (cockpit/CommonAssetsPlugin)
import { el, time, call, dialog } from '../../../../../cockpit/plugin/oneseal-common/static/app/ui.js';

function taskUrl(api, taskId) {
  return `${api.tasklistApi}/plugin/oneseal-consultation/${api.engine}/tasks/${encodeURIComponent(taskId)}`;
}

function checklist(name, options) {
  return el('div', { class: `oneseal-consultation-${name}`,
    style: 'max-height:12em;overflow:auto;border:1px solid #ddd;border-radius:3px;padding:4px 8px' },
  options.map(o => el('label', { style: 'display:block;font-weight:normal;margin:2px 0' },
    el('input', { type: 'checkbox', name, value: o.id, style: 'margin-right:6px' }), o.name)));
}

function checked(box) {
  return [...box.querySelectorAll('input:checked')].map(i => i.value);
}

function openDialog(api, taskId, consultees, done) {
  const question = el('textarea', { class: 'form-control', name: 'question', rows: '3', maxlength: '500',
    placeholder: '必填：请对方就什么问题提出意见' });
  const days = el('input', { type: 'number', class: 'form-control', name: 'workingDays', min: '1', max: '10',
    value: '3', style: 'width:8em' });
  const users = checklist('users', consultees.users);
  const groups = checklist('groups', consultees.groups);
  const message = el('div', { class: 'oneseal-consultation-error', style: 'color:#b5152b;margin-top:8px' });
  const submit = el('button', { type: 'button', class: 'btn btn-primary oneseal-consultation-submit' }, '发出征求意见');
  let close = () => {};
  submit.addEventListener('click', async () => {
    message.textContent = '';
    submit.disabled = true;
    try {
      const n = Number.parseInt(days.value, 10);
      await call(`${taskUrl(api, taskId)}/consultations`, api, { question: question.value,
        workingDays: Number.isNaN(n) ? null : n, users: checked(users), groups: checked(groups) });
      close();
      done();
    } catch (e) {
      message.textContent = e.message;
      submit.disabled = false;
    }
  });
  close = dialog('oneseal-consultation-dialog', '征求意见',
    el('p', { style: 'color:#666' }, '向本局的同事、专家或相关部门征求意见。每位被征求意见人在“征求我的意见”中收到“答复征求意见”任务；'
      + '全部答复或答复期限届满（记为逾期未回复）之前，本环节不能办结。征求意见不停止办件计时。'),
    el('label', { style: 'display:block' }, '问题', question),
    el('label', { style: 'display:block;margin-top:8px' }, '答复期限（工作日）', days),
    el('div', { style: 'margin-top:8px' }, el('strong', {}, '征求以下工作人员的意见'), users),
    el('div', { style: 'margin-top:8px' }, el('strong', {}, '或以下部门、岗位组（组内任一成员答复）'), groups),
    message,
    el('div', { style: 'margin-top:12px;text-align:right' },
      el('button', { type: 'button', class: 'btn btn-default', style: 'margin-right:8px', onclick: () => close() }, '取消'),
      submit));
  question.focus();
}

function observe(scope, show) {
  if (scope && scope.taskData) {
    scope.taskData.observe('task', task => show(task && task.id));
  } else {
    const fromHash = () => new URLSearchParams((window.location.hash.split('?')[1] || '')).get('task');
    window.addEventListener('hashchange', () => show(fromHash()));
    show(fromHash());
  }
}

function renderAction(node, api, scope) {
  const box = el('span', { class: 'oneseal-consultation' });
  node.replaceChildren(box);
  let current = null;
  async function show(taskId) {
    current = taskId;
    box.replaceChildren();
    if (!taskId) return;
    let consultees;
    try {
      consultees = await call(`${taskUrl(api, taskId)}/consultees`, api);
    } catch (e) {
      return; // not a review or decision task, or not the officer's: no button
    }
    if (current !== taskId) return;
    box.replaceChildren(el('button', { type: 'button', class: 'btn btn-default btn-sm oneseal-consultation-button',
      title: '办结本环节前征求其他工作人员或部门的意见', onclick: () => openDialog(api, taskId, consultees, () => {
        if (scope && scope.taskData) scope.taskData.changed('task');
        show(taskId);
      }) }, '征求意见'));
  }
  observe(scope, show);
}

async function renderDetail(node, api, taskId) {
  if (!taskId) return;
  node.replaceChildren(el('p', { style: 'padding:8px' }, '加载中…'));
  let asked;
  try {
    asked = await call(`${taskUrl(api, taskId)}/consultations`, api);
  } catch (e) {
    node.replaceChildren(el('p', { style: 'padding:8px;color:#666' }, e.message));
    return;
  }
  if (!asked.length) {
    node.replaceChildren(el('p', { class: 'oneseal-consultation-none', style: 'padding:8px;color:#666' },
      '本任务没有征求意见。'));
    return;
  }
  node.replaceChildren(...asked.map(c => el('div', { class: 'oneseal-consultation-entry', style: 'padding:8px' },
    el('div', { class: c.settled ? 'alert alert-success' : 'alert alert-warning', style: 'margin-bottom:6px' },
      `${time(c.askedAt)} ${c.askedByName || c.askedBy} 征求意见（答复期限 ${c.workingDays} 个工作日，至 ${time(c.dueAt)}）`,
      c.settled ? '：已全部答复或逾期，不再阻止办结' : '：尚有待答复，暂不能办结本环节'),
    el('p', {}, el('strong', {}, '问题：'), c.question),
    el('table', { class: 'table table-condensed oneseal-consultation-replies' },
      el('thead', {}, el('tr', {}, ['被征求意见人', '状态', '答复', '答复人', '时间'].map(h => el('th', {}, h)))),
      el('tbody', {}, c.replies.map(r => el('tr', { class: `oneseal-consultation-${r.state.toLowerCase()}` },
        el('td', {}, r.consulteeName), el('td', {}, r.stateLabel), el('td', {}, r.answer || ''),
        el('td', {}, r.answeredBy || ''), el('td', { style: 'white-space:nowrap' }, time(r.answeredAt)))))))));
}

export default [
  {
    id: 'oneseal-consultation-action',
    pluginPoint: 'tasklist.task.action',
    priority: 40,
    render: (node, { api }, scope) => renderAction(node, api, scope)
  },
  {
    id: 'oneseal-consultation-detail',
    pluginPoint: 'tasklist.task.detail',
    priority: 800,
    label: '征求意见',
    properties: { label: '征求意见' },
    render: (node, { api, taskId }) => { renderDetail(node, api, taskId); }
  }
];
