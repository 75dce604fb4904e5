// 转办 and 委托/代理 in Tasklist (issue #22, handover/HandoverPlugin): in the task's action bar, how the task came to its
// officer (转办 / 改派 / 代理: from whom, why, when) and, for the officer who has claimed it, the 转办 button: a dialog to
// pick a colleague of the same group and bureau and give the reason; in the navbar, 请假/代理: the officer's absences
// (and, for a bureau head, the bureau's), declared and cancelled in a dialog. The rules are the server's
// (<tasklistApi>/plugin/oneseal-handover/<engine>/tasks/<taskId>, …/absences); a refusal shows its Chinese message.

// the bureau's DOM and time helpers, served with the Cockpit plugins (cockpit/CommonAssetsPlugin)
import { el, time, call, dialog } from '../../../../../cockpit/plugin/oneseal-common/static/app/ui.js';

function taskUrl(api, taskId) {
  return `${api.tasklistApi}/plugin/oneseal-handover/${api.engine}/tasks/${encodeURIComponent(taskId)}`;
}

/** How the task came to its current officer: the latest handover to them. */
function note(info) {
  const last = [...info.handovers].reverse().find(h => h.to === info.assignee);
  if (!last) return null;
  const text = last.kind === 'REASSIGN'
    ? `${last.kindLabel}：${time(last.at)} 由 ${last.actedBy} 从 ${last.fromName || '（无人）'} 改派给 ${last.toName}`
    : `${last.kindLabel}：${time(last.at)} ${last.fromName || ''} → ${last.toName || '岗位组'}`
      + `${last.reason ? `，理由：${last.reason}` : ''}`;
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
  let close = () => {};
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
  close = dialog('oneseal-handover-dialog', `转办：${info.taskName || ''}`,
    el('p', { style: 'color:#666' }, '只能转给同一岗位、同一局的同事；接收人将在“我的待办”中看到本任务和转办理由。'),
    el('label', { style: 'display:block' }, '转给', select),
    el('label', { style: 'display:block;margin-top:8px' }, '理由', reason),
    message,
    el('div', { style: 'margin-top:12px;text-align:right' },
      el('button', { type: 'button', class: 'btn btn-default', style: 'margin-right:8px', onclick: () => close() }, '取消'),
      submit));
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

const ABSENCE_FORM = 'display:inline-block;margin:0 10px 8px 0;vertical-align:top';

function openAbsences(api) {
  const base = `${api.tasklistApi}/plugin/oneseal-handover/${api.engine}/absences`;
  const list = el('div', { class: 'oneseal-absence-list' });
  const message = el('div', { class: 'oneseal-absence-error', style: 'color:#b5152b;margin:8px 0' });
  const done = el('div', { class: 'oneseal-absence-done', style: 'color:#2b7a2b;margin:8px 0' });
  const who = el('select', { class: 'form-control', name: 'userId' });
  const standIn = el('select', { class: 'form-control', name: 'standIn' });
  const firstDay = el('input', { type: 'date', class: 'form-control', name: 'firstDay' });
  const lastDay = el('input', { type: 'date', class: 'form-control', name: 'lastDay' });
  const reason = el('input', { type: 'text', class: 'form-control', name: 'reason', maxlength: '500',
    placeholder: '可不填' });
  const whoField = el('label', { style: ABSENCE_FORM + ';display:none' }, '请假人', who);

  async function loadStandIns() {
    standIn.replaceChildren(el('option', { value: '' }, '请选择代理人'));
    try {
      const all = await call(`${base}/stand-ins?userId=${encodeURIComponent(who.value)}`, api);
      standIn.append(...all.map(c => el('option', { value: c.userId }, c.name)));
    } catch (e) {
      message.textContent = e.message;
    }
  }

  async function load() {
    const info = await call(base, api);
    if (!who.options.length) {
      who.append(el('option', { value: info.userId }, '本人'), ...info.team.map(c => el('option', { value: c.userId }, c.name)));
      whoField.style.display = info.team.length ? ABSENCE_FORM : 'none';
      await loadStandIns();
    }
    list.replaceChildren(info.absences.length === 0 ? el('p', { style: 'color:#666' }, '没有尚未结束的请假。')
      : el('table', { class: 'table table-condensed' },
        el('thead', {}, el('tr', {}, ['请假人', '代理人', '时段', '事由', '状态', ''].map(h => el('th', {}, h)))),
        el('tbody', {}, info.absences.map(a => el('tr', {},
          el('td', {}, info.names[a.userId] || a.userId), el('td', {}, info.names[a.standIn] || a.standIn), el('td', {}, `${a.firstDay} 至 ${a.lastDay}`),
          el('td', {}, a.reason || ''), el('td', {}, a.cancelledAt ? '已撤销' : a.started ? '进行中' : '未开始'),
          el('td', {}, a.cancelledAt ? '' : el('button', { type: 'button', class: 'btn btn-link btn-xs oneseal-absence-cancel',
            onclick: () => cancel(a) }, '撤销')))))));
  }

  async function cancel(absence) {
    message.textContent = '';
    done.textContent = '';
    try {
      await call(`${base}/${absence.id}`, api, null, 'DELETE');
      done.textContent = '已撤销；代理人手中由本次请假转来、仍未办结的任务将交还请假人。';
      await load();
    } catch (e) {
      message.textContent = e.message;
    }
  }

  const submit = el('button', { type: 'button', class: 'btn btn-primary oneseal-absence-submit' }, '登记请假');
  submit.addEventListener('click', async () => {
    message.textContent = '';
    done.textContent = '';
    try {
      await call(base, api, { userId: who.value, standIn: standIn.value, firstDay: firstDay.value,
        lastDay: lastDay.value, reason: reason.value });
      done.textContent = '已登记：请假期间本应由请假人办理的任务将由代理人办理。';
      await load();
    } catch (e) {
      message.textContent = e.message;
    }
  });
  who.addEventListener('change', loadStandIns);
  const close = dialog('oneseal-absence-dialog', '请假/代理',
    el('p', { style: 'color:#666' }, '请假期间，本应由请假人办理的任务（转办、指派、退回）改由代理人办理；请假开始时，请假人已认领的任务交代理人，'
      + '结束时仍在代理人手中的交还请假人。代理人须与请假人同一岗位、同一局。'),
    list,
    el('div', {}, whoField, el('label', { style: ABSENCE_FORM }, '代理人', standIn),
      el('label', { style: ABSENCE_FORM }, '第一天', firstDay), el('label', { style: ABSENCE_FORM }, '最后一天', lastDay),
      el('label', { style: ABSENCE_FORM + ';width:100%' }, '事由', reason)),
    message, done,
    el('div', { style: 'margin-top:12px;text-align:right' },
      el('button', { type: 'button', class: 'btn btn-default', style: 'margin-right:8px', onclick: () => close() }, '关闭'),
      submit));
  load().catch(e => { message.textContent = e.message; });
}

export default [
  {
    id: 'oneseal-absence-navbar',
    pluginPoint: 'tasklist.navbar.action',
    priority: 50,
    render: (node, { api }) => node.replaceChildren(el('a', { href: '', class: 'oneseal-absence-link',
      onclick: event => { event.preventDefault(); openAbsences(api); } },
      el('span', { class: 'glyphicon glyphicon-calendar' }), ' 请假/代理'))
  },
  {
    id: 'oneseal-handover-action',
    pluginPoint: 'tasklist.task.action',
    priority: 50,
    render: (node, { api }, scope) => renderAction(node, api, scope)
  }
];
