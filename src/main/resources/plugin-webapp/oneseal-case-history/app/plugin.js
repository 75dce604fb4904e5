// 办件历史: the auditors' case history in Cockpit (issue #9). Plain DOM, read-only GETs against the plugin's
// REST (audit/CaseHistoryResource): <cockpitApi>/plugin/oneseal-case-history/<engine>/cases[/<caseNumber>].

import { el, time, get, field } from '../../../oneseal-common/static/app/ui.js';
import { urgePanel } from '../../../oneseal-urging/static/app/panel.js';

const PATH = '/case-history';

const STATUSES = [
  ['', '全部'], ['RECEIVED', '已收件'], ['CORRECTION_REQUESTED', '待补正'], ['ACCEPTED', '已受理'],
  ['REJECTED', '不予受理'], ['SURVEYED', '已勘验'], ['REVIEWED', '已审查'], ['FORWARDED', '已报送上级机关'],
  ['OPINIONS_COLLECTED', '部门意见已汇总'], ['GRANTED', '准予许可'], ['DENIED', '不予许可'], ['DELIVERED', '已送达'],
  ['COMPLETED', '已办结'], ['WITHDRAWN', '视为放弃'], ['WITHDRAWN_BY_APPLICANT', '申请人撤回'],
  ['ACCEPTANCE_REVOKED', '撤销受理']
];

function base(api) {
  return `${api.cockpitApi}/plugin/oneseal-case-history/${api.engine}/cases`;
}

function renderPage(node, api) {
  const inputs = {
    caseNumber: el('input', { type: 'text', name: 'caseNumber', class: 'form-control', style: 'width:12em;display:inline-block' }),
    applicant: el('input', { type: 'text', name: 'applicant', class: 'form-control', style: 'width:12em;display:inline-block' }),
    itemCode: el('input', { type: 'text', name: 'itemCode', class: 'form-control', style: 'width:12em;display:inline-block' }),
    receivedFrom: el('input', { type: 'date', name: 'receivedFrom', class: 'form-control', style: 'width:11em;display:inline-block' }),
    receivedTo: el('input', { type: 'date', name: 'receivedTo', class: 'form-control', style: 'width:11em;display:inline-block' }),
    officer: el('input', { type: 'text', name: 'officer', class: 'form-control', style: 'width:10em;display:inline-block' }),
    status: el('select', { name: 'status', class: 'form-control', style: 'width:10em;display:inline-block' },
      STATUSES.map(([v, l]) => el('option', { value: v }, l))),
    state: el('select', { name: 'state', class: 'form-control', style: 'width:8em;display:inline-block' },
      el('option', { value: '' }, '全部'), el('option', { value: 'running' }, '办理中'),
      el('option', { value: 'finished' }, '已结束'))
  };
  let page = 0;
  const size = 20;
  const message = el('div', { class: 'case-history-message', style: 'color:#b5152b;margin:6px 0' });
  const results = el('div', { class: 'case-history-results' });
  const detail = el('div', { class: 'case-history-timeline', style: 'margin-top:16px' });

  async function search(toPage) {
    page = toPage;
    message.textContent = '';
    const params = new URLSearchParams();
    Object.entries(inputs).forEach(([k, input]) => { if (input.value) params.set(k, input.value.trim()); });
    params.set('page', page);
    params.set('size', size);
    try {
      showResults(await get(`${base(api)}?${params}`));
    } catch (e) {
      message.textContent = `查询失败：${e.message}`;
    }
  }

  function showResults(result) {
    const pages = Math.max(1, Math.ceil(result.total / result.size));
    results.replaceChildren(
      el('p', {}, `共 ${result.total} 件，第 ${result.page + 1} / ${pages} 页`),
      el('table', { class: 'cam-table case-history-table' },
        el('thead', {}, el('tr', {}, ['办件编号', '事项', '申请人', '状态', '收件时间', '收件人', '决定时间', '决定人']
          .map(h => el('th', {}, h)))),
        el('tbody', {}, result.rows.map(r => el('tr', {},
          el('td', {}, el('button', { type: 'button', class: 'btn btn-link case-link', onclick: () => open(r.caseNumber) }, r.caseNumber)),
          el('td', {}, r.itemName), el('td', {}, `${r.applicantName}（${r.applicantId}）`),
          el('td', {}, r.statusLabel), el('td', {}, time(r.receivedAt)), el('td', {}, r.receivedBy),
          el('td', {}, time(r.decidedAt)), el('td', {}, r.decidedBy))))),
      el('div', {},
        el('button', { type: 'button', class: 'btn btn-default', onclick: () => search(page - 1), ...(page <= 0 ? { disabled: 'disabled' } : {}) }, '上一页'),
        ' ',
        el('button', { type: 'button', class: 'btn btn-default', onclick: () => search(page + 1), ...(page + 1 >= pages ? { disabled: 'disabled' } : {}) }, '下一页')));
  }

  async function open(caseNumber) {
    detail.replaceChildren(el('p', {}, '加载中…'));
    try {
      const t = await get(`${base(api)}/${encodeURIComponent(caseNumber)}`);
      const c = t.caseFile;
      detail.replaceChildren(
        el('h3', {}, `办件 ${c.caseNumber} 的办理过程`),
        el('p', {}, `${c.itemName}${t.catalogueVersion ? `（事项目录第 ${t.catalogueVersion} 版）` : ''} · ${c.applicantName} · ${c.statusLabel}`),
        el('table', { class: 'cam-table case-history-entries' },
          el('thead', {}, el('tr', {}, ['时间', '类别', '事项', '经办人', '认领', '完成', '说明'].map(h => el('th', {}, h)))),
          el('tbody', {}, t.entries.map(e => el('tr', {},
            el('td', {}, time(e.at)), el('td', {}, e.type), el('td', {}, e.title), el('td', {}, e.officer || ''),
            el('td', {}, e.claimedBy ? `${e.claimedBy} ${time(e.claimedAt)}` : ''),
            el('td', {}, e.completedBy ? `${e.completedBy} ${time(e.completedAt)}` : ''),
            el('td', {}, e.detail || ''))))),
        urgePanel(api, c.caseNumber, () => open(c.caseNumber)));
      detail.scrollIntoView();
    } catch (e) {
      detail.replaceChildren(el('p', { style: 'color:#b5152b' }, `无法打开办件：${e.message}`));
    }
  }

  const form = el('form', { class: 'case-history-form', onsubmit: e => { e.preventDefault(); search(0); } },
    field('办件编号', inputs.caseNumber), field('申请人（名称或证件号）', inputs.applicant),
    field('事项编码', inputs.itemCode), field('收件日期 自', inputs.receivedFrom), field('至', inputs.receivedTo),
    field('经办人', inputs.officer), field('状态', inputs.status), field('办理', inputs.state),
    el('button', { type: 'submit', class: 'btn btn-primary' }, '查询'));

  node.replaceChildren(el('section', { class: 'case-history', style: 'padding:16px' },
    el('h2', {}, '办件历史'), form, message, results, detail));
  // opened from another page (e.g. a card of 电子监察看板) as #/case-history?caseNumber=…
  const linked = new URLSearchParams(window.location.hash.split('?')[1] || '').get('caseNumber');
  if (linked) {
    inputs.caseNumber.value = linked;
    open(linked);
  }
  search(0);
}

export default [
  {
    id: 'oneseal-case-history-route',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH, label: '办件历史' },
    render: (node, { api }) => renderPage(node, api)
  },
  {
    id: 'oneseal-case-history-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 20,
    properties: { pagePath: `#${PATH}`, label: '办件历史', checkActive: path => path.indexOf(PATH) > -1 },
    render: node => node.replaceChildren(el('a', { href: `#${PATH}` }, '办件历史'))
  }
];
