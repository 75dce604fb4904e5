// 投诉 on 电子监察看板: the open complaints (step, holder, deadline, card; red and yellow first) and this year's
// complaints and accountability by kind and by officer. REST: complaint/ComplaintCockpitResource,
// <cockpitApi>/plugin/oneseal-complaints/<engine>/overview.

import { el, time, get } from '../../../oneseal-common/static/app/ui.js';

const CARD_COLORS = { 红牌: '#d9342b', 黄牌: '#e6b800' };

function table(headers, rows) {
  return el('table', { class: 'cam-table' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c))))));
}

function caseLink(caseNumber) {
  return caseNumber ? el('a', { href: `#/case-history?caseNumber=${encodeURIComponent(caseNumber)}` }, caseNumber) : '—';
}

export function complaintPanel(api) {
  const url = `${api.cockpitApi}/plugin/oneseal-complaints/${api.engine}/overview`;
  const section = el('section', { class: 'complaints' }, el('h3', {}, '投诉'), el('p', {}, '加载中…'));
  get(url).then(d => {
    const s = d.statistics;
    section.replaceChildren(
      el('h3', {}, `未办结的投诉（${d.open.length} 件）`),
      d.open.length ? table(['牌', '投诉编号', '类别', '投诉人', '涉及办件', '状态', '环节', '承办', '期限', '紧急'],
        d.open.map(o => [o.worstCard ? el('span', { class: 'supervision-card', style: `background:${CARD_COLORS[o.worstCard]}` },
          o.worstCard) : '', o.complaintNumber, o.kindLabel, o.complainant, caseLink(o.caseNumber), o.statusLabel, o.step,
        o.holder || '—', time(o.due), o.urgent ? '紧急' : '']))
        : el('p', { class: 'supervision-empty complaints-none' }, '没有未办结的投诉'),
      el('h3', {}, `投诉统计（${s.from} 至 ${s.to}，共 ${s.complaints} 件）`),
      el('div', { style: 'display:inline-block;vertical-align:top;margin-right:32px' }, el('h4', {}, '按类别'),
        s.byKind.length ? table(['类别', '投诉', '属实', '部分属实', '不属实', '未答复'], s.byKind.map(r =>
          [r.name, r.complaints, r.founded, r.partlyFounded, r.unfounded, r.open])) : el('p', {}, '暂无投诉')),
      el('div', { style: 'display:inline-block;vertical-align:top;margin-right:32px' }, el('h4', {}, '按事项'),
        s.byItem.length ? table(['事项', '投诉', '属实或部分属实'], s.byItem.map(r => [r.name, r.complaints, r.accountable]))
          : el('p', {}, '暂无涉及办件的投诉')),
      el('h3', {}, '责任追究（按工作人员）'),
      s.byOfficer.length ? table(['工作人员', '记录', ...Object.keys(s.byOfficer[0].measures)],
        s.byOfficer.map(o => [o.officer, o.records, ...Object.values(o.measures)]))
        : el('p', { class: 'supervision-empty complaints-no-records' }, '统计区间内没有责任追究记录'));
  }).catch(e => section.replaceChildren(el('h3', {}, '投诉'), el('p', { style: 'color:#b5152b' }, e.message)));
  return section;
}
