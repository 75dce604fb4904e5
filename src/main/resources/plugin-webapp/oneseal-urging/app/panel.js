// 催办 in Cockpit: the supervisor's urge form under a case's 办件历史 (its open steps, a mandatory note, the server's
// refusal shown as it is) and the urge counts of 电子监察看板. REST: urging/UrgingCockpitResource,
// <cockpitApi>/plugin/oneseal-urging/<engine>/{statistics | cases/<n> | tasks/<taskId>}.

import { el, time, get } from '../../../oneseal-common/static/app/ui.js';

function base(api) {
  return `${api.cockpitApi}/plugin/oneseal-urging/${api.engine}`;
}

async function post(api, url, body) {
  const response = await fetch(url, {
    method: 'POST', credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken },
    body: JSON.stringify(body)
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.message || `HTTP ${response.status}`);
  return answer;
}

function holder(step) {
  return step.assignee || `${(step.candidateGroups || []).join('、')}（未认领）`;
}

/** The case's urges and, for a supervisor, the form to urge one open step or all; reload() after an urge. */
export function urgePanel(api, caseNumber, reload) {
  const section = el('section', { class: 'urging' }, el('h4', {}, '催办'), el('p', {}, '加载中…'));
  get(`${base(api)}/cases/${encodeURIComponent(caseNumber)}`).then(d => {
    const parts = [el('h4', {}, `催办（${d.urges.length} 次）`)];
    if (d.urges.length) {
      parts.push(el('table', { class: 'cam-table urging-list' },
        el('thead', {}, el('tr', {}, ['时间', '环节', '承办', '催办人', '催办意见', '升级'].map(h => el('th', {}, h)))),
        el('tbody', {}, d.urges.map(u => el('tr', {}, el('td', {}, time(u.urgedAt)), el('td', {}, u.stage),
          el('td', {}, u.heldBy || `${u.heldByGroups || ''}（未认领）`), el('td', {}, u.urgedBy), el('td', {}, u.note),
          el('td', {}, u.escalated ? '已升级至局负责人' : ''))))));
    }
    if (d.mayUrge && d.steps.length) {
      const step = el('select', { name: 'urgeStep', class: 'form-control', style: 'width:auto;display:inline-block' },
        el('option', { value: '' }, '全部在办环节'),
        d.steps.map(s => el('option', { value: s.taskId }, `${s.stage} · ${holder(s)}${s.urges ? `（已催办 ${s.urges} 次）` : ''}`)));
      const note = el('textarea', { name: 'urgeNote', class: 'form-control', rows: 2, maxlength: 500,
        placeholder: '催办意见（必填）' });
      const message = el('div', { class: 'urging-message' });
      const form = el('form', { class: 'urging-form', onsubmit: async e => {
        e.preventDefault();
        message.className = 'urging-message';
        message.textContent = '';
        const url = step.value ? `${base(api)}/tasks/${encodeURIComponent(step.value)}`
          : `${base(api)}/cases/${encodeURIComponent(caseNumber)}`;
        try {
          const done = await post(api, url, { note: note.value });
          const list = Array.isArray(done) ? done : [done];
          message.className = 'urging-message urging-done';
          message.textContent = `已催办 ${list.length} 个环节${list.some(u => u.escalated) ? '，已升级至局负责人' : ''}`;
          if (reload) setTimeout(reload, 800);
        } catch (error) {
          message.className = 'urging-message urging-refused';
          message.textContent = `催办未成功：${error.message}`;
        }
      } }, el('label', {}, '催办环节 ', step), el('div', {}, note),
      el('button', { type: 'submit', class: 'btn btn-warning urging-submit' }, '催办'));
      parts.push(form, message);
    } else if (d.mayUrge) {
      parts.push(el('p', {}, '该办件没有在办的环节。'));
    }
    section.replaceChildren(...parts);
  }).catch(e => section.replaceChildren(el('h4', {}, '催办'), el('p', { class: 'urging-refused' }, e.message)));
  return section;
}

/** The dashboard's urge counts per stage and per officer (the group while unclaimed). */
export function urgeCounts(api) {
  const section = el('section', { class: 'urging urging-counts' }, el('h3', {}, '催办统计'), el('p', {}, '加载中…'));
  const table = (title, rows) => el('div', { style: 'display:inline-block;vertical-align:top;margin-right:32px' },
    el('h4', {}, title), rows.length ? el('table', { class: 'cam-table' },
      el('thead', {}, el('tr', {}, ['', '催办次数', '其中升级'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows.map(r => el('tr', {}, el('td', {}, r.name || '—'), el('td', {}, r.urges),
        el('td', {}, r.escalated))))) : el('p', {}, '暂无催办'));
  get(`${base(api)}/statistics`).then(d => section.replaceChildren(el('h3', {}, '催办统计'),
    table('按环节', d.perStage), table('按承办人（未认领时为候选组）', d.perOfficer)))
    .catch(e => section.replaceChildren(el('h3', {}, '催办统计'), el('p', { class: 'urging-refused' }, e.message)));
  return section;
}
