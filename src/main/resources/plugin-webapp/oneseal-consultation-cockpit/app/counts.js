// 征求意见 counts of 电子监察看板: per stage and per asking officer, the consultations and how their replies ended.
// REST: consultation/ConsultationCockpitResource, <cockpitApi>/plugin/oneseal-consultation-cockpit/<engine>/statistics.

import { el, get } from '../../../oneseal-common/static/app/ui.js';

export function consultationCounts(api) {
  const url = `${api.cockpitApi}/plugin/oneseal-consultation-cockpit/${api.engine}/statistics`;
  const section = el('section', { class: 'consultation-counts' }, el('h3', {}, '征求意见统计'), el('p', {}, '加载中…'));
  const table = (title, rows) => el('div', { style: 'display:inline-block;vertical-align:top;margin-right:32px' },
    el('h4', {}, title), rows.length ? el('table', { class: 'cam-table' },
      el('thead', {}, el('tr', {}, ['', '征求意见次数', '已答复', '逾期未回复', '待答复'].map(h => el('th', {}, h)))),
      el('tbody', {}, rows.map(r => el('tr', {}, el('td', {}, r.name || '—'), el('td', {}, r.consultations),
        el('td', {}, r.answered), el('td', {}, r.overdue), el('td', {}, r.awaited))))) : el('p', {}, '暂无征求意见'));
  get(url).then(d => section.replaceChildren(el('h3', {}, '征求意见统计'),
    table('按环节', d.perStage), table('按征求人', d.perOfficer)))
    .catch(e => section.replaceChildren(el('h3', {}, '征求意见统计'), el('p', { style: 'color:#b5152b' }, e.message)));
  return section;
}
