// 催办 in Tasklist (urging/UrgingTasklistPlugin): a 被催办 mark on the card of an urged task in the list, and on the
// task a banner-like tab 催办 with every urge (time, who, the note, whether it went to the bureau head); for
// supervisors and bureau heads, the navbar entry 催办: the open steps of their bureaus holding a yellow or red card,
// or a case's open steps found by its number, and the urge with a note. REST:
// <tasklistApi>/plugin/oneseal-urging-tasklist/<engine>/{tasks/<taskId> | steps | cases/<caseNumber>}; the server's
// rules decide (a refusal shows as 催办未成功：<the rule>).

import { el, time, call, dialog } from '../../../../../cockpit/plugin/oneseal-common/static/app/ui.js';

async function urgesOf(api, taskId) {
  const response = await fetch(`${api.tasklistApi}/plugin/oneseal-urging-tasklist/${api.engine}/tasks/${encodeURIComponent(taskId)}`,
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) return [];
  return (await response.json()).urges || [];
}

function renderCard(node, { taskId, api }) {
  node.replaceChildren();
  urgesOf(api, taskId).then(urges => {
    if (urges.length) {
      node.replaceChildren(el('span', { class: 'label label-danger urging-mark', title: urges[urges.length - 1].note },
        `被催办 ${urges.length} 次${urges.some(u => u.escalated) ? ' · 已升级' : ''}`));
    }
  });
}

function renderDetail(node, { taskId, api }) {
  node.replaceChildren(el('p', {}, '加载中…'));
  urgesOf(api, taskId).then(urges => {
    if (!urges.length) {
      node.replaceChildren(el('p', { class: 'urging-none', style: 'padding:8px' }, '该任务未被催办。'));
      return;
    }
    node.replaceChildren(el('div', { class: 'alert alert-danger urging-banner', style: 'margin:8px' },
      el('strong', {}, `该任务已被催办 ${urges.length} 次，请尽快办理。`),
      el('ul', { style: 'margin:6px 0 0' }, urges.map(u => el('li', { class: 'urging-entry' },
        `${time(u.urgedAt)} ${u.urgedBy} 催办「${u.stage}」：`, el('span', { class: 'urging-note' }, u.note),
        u.escalated ? '（已升级至局负责人）' : '')))));
  });
}

function base(api) {
  return `${api.tasklistApi}/plugin/oneseal-urging-tasklist/${api.engine}`;
}

function holder(step) {
  return step.assignee || (step.candidateGroups || []).join('、') + '（待认领）';
}

/** A radio choice of one step (or the whole case) to urge. */
function choice(value, ...label) {
  return el('label', { style: 'font-weight:normal;margin:0' },
    el('input', { type: 'radio', name: 'urgeTarget', value, class: 'urging-choice' }), ' ', ...label);
}

function cardedTable(steps) {
  if (!steps.length) return el('p', { class: 'urging-no-cards' }, '本局暂无亮牌的在办环节。');
  return el('table', { class: 'table table-condensed urging-carded' },
    el('thead', {}, el('tr', {}, ['', '办件编号', '环节', '承办', '亮牌', '期限', '已催办'].map(h => el('th', {}, h)))),
    el('tbody', {}, steps.map(s => el('tr', {},
      el('td', {}, choice(`task:${s.taskId}`)), el('td', {}, s.caseNumber), el('td', {}, s.stage),
      el('td', {}, s.holder), el('td', { style: s.card === '黄牌' ? 'color:#b08800' : 'color:#b5152b' }, s.card),
      el('td', { style: 'white-space:nowrap' }, time(s.deadline)), el('td', {}, `${s.urges} 次`)))));
}

function openUrgeDialog(api) {
  const carded = el('div', {}, '加载中…');
  const caseNumber = el('input', { type: 'text', class: 'form-control urging-case-number', placeholder: '办件编号' });
  const found = el('div', { class: 'urging-case-steps' });
  const note = el('textarea', { class: 'form-control urging-note-input', rows: '3', maxlength: '500',
    placeholder: '必填：催办意见' });
  const message = el('div', { class: 'urging-message', style: 'margin-top:8px' });
  const loadCarded = () => call(`${base(api)}/steps`, api).then(steps => carded.replaceChildren(cardedTable(steps)))
    .catch(e => carded.replaceChildren(el('p', { style: 'color:#b5152b' }, e.message)));
  const find = async () => {
    found.replaceChildren();
    try {
      const view = await call(`${base(api)}/cases/${encodeURIComponent(caseNumber.value.trim())}`, api);
      if (!view.mayUrge || !view.steps.length) {
        found.replaceChildren(el('p', {}, view.mayUrge ? '该办件没有在办的环节。' : '您不能催办该办件。'));
        return;
      }
      found.replaceChildren(choice(`case:${caseNumber.value.trim()}`, '全部在办环节'),
        ...view.steps.map(s => el('div', {}, choice(`task:${s.taskId}`,
          `${s.stage} · ${holder(s)}${s.urges ? ` · 已催办 ${s.urges} 次` : ''}`))));
    } catch (e) {
      found.replaceChildren(el('p', { style: 'color:#b5152b' }, e.message));
    }
  };
  const submit = el('button', { type: 'button', class: 'btn btn-primary urging-submit' }, '催办');
  submit.addEventListener('click', async () => {
    const picked = document.querySelector('input[name="urgeTarget"]:checked');
    message.style.color = '#b5152b';
    if (!picked) {
      message.textContent = '催办未成功：请选择要催办的环节';
      return;
    }
    const [kind, id] = [picked.value.substring(0, picked.value.indexOf(':')), picked.value.substring(picked.value.indexOf(':') + 1)];
    submit.disabled = true;
    try {
      const done = await call(`${base(api)}/${kind === 'case' ? 'cases' : 'tasks'}/${encodeURIComponent(id)}`, api,
        { note: note.value });
      const urges = Array.isArray(done) ? done : [done];
      message.style.color = '#2e7d32';
      message.textContent = `已催办：${urges.map(u => `${u.caseNumber}「${u.stage}」${u.escalated ? '（已升级至局负责人）' : ''}`).join('；')}`;
      note.value = '';
      loadCarded();
    } catch (e) {
      message.textContent = `催办未成功：${e.message}`;
    } finally {
      submit.disabled = false;
    }
  });
  const close = dialog('urging-dialog', '催办',
    el('h5', {}, '亮牌的在办环节'), carded,
    el('h5', {}, '按办件编号查找'),
    el('div', { style: 'display:flex;gap:8px' }, caseNumber,
      el('button', { type: 'button', class: 'btn btn-default urging-find', onclick: find }, '查找')),
    found,
    el('label', { style: 'display:block;margin-top:8px' }, '催办意见', note),
    message,
    el('div', { style: 'margin-top:12px;text-align:right' },
      el('button', { type: 'button', class: 'btn btn-default', style: 'margin-right:8px', onclick: () => close() }, '关闭'),
      submit));
  document.querySelector('.urging-dialog [role=dialog]').style.width = '62em';
  loadCarded();
}

/** The navbar entry, for supervisors and bureau heads only (for anyone else the server refuses the list: no entry). */
function renderNavbar(node, { api }) {
  node.replaceChildren();
  call(`${base(api)}/steps`, api).then(steps => {
    node.replaceChildren(el('a', { href: '', class: 'urging-navbar', title: '催办本局在办的环节',
      onclick: e => { e.preventDefault(); openUrgeDialog(api); } }, steps.length ? `催办（${steps.length} 亮牌）` : '催办'));
  }).catch(() => {});
}

export default [
  {
    id: 'oneseal-urging-card',
    pluginPoint: 'tasklist.card',
    priority: 10,
    render: renderCard
  },
  {
    id: 'oneseal-urging-detail',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    label: '催办',
    properties: { label: '催办' },
    render: renderDetail
  }
,
  {
    id: 'oneseal-urging-navbar',
    pluginPoint: 'tasklist.navbar.action',
    priority: 5,
    render: renderNavbar
  }
];
