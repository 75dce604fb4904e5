// 电子监察看板: the supervisors' dashboard in Cockpit (issue #9). Read-only GET against the plugin's REST
// (supervision/DashboardResource): <cockpitApi>/plugin/oneseal-supervision/<engine>/dashboard?from=&to=.
// Charts are plain SVG bars drawn here: a handful of bar charts did not warrant a chart library inside Cockpit.

import { el, time, get, field } from '../../../oneseal-common/static/app/ui.js';
import { urgeCounts } from '../../../oneseal-urging/static/app/panel.js';
import { consultationCounts } from '../../../oneseal-consultation-cockpit/static/app/counts.js';
import { complaintPanel } from '../../../oneseal-complaints/static/app/panel.js';

const PATH = '/supervision';
const SVG = 'http://www.w3.org/2000/svg';
const COLORS = { YELLOW: '#e6b800', RED: '#d9342b', SEVERE_RED: '#7a0010', PUBLICATION_LATE: '#6a1b9a' };

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
  children.forEach(c => node.append(c instanceof Node ? c : document.createTextNode(String(c))));
  return node;
}

/**
 * A horizontal grouped bar chart: one row per category, one bar per series; the value at the end of each bar.
 * series: [{ name, color, values: [number per category] }]; format turns a value into its label.
 */
function barChart(title, categories, series, format = v => String(v)) {
  const figure = el('figure', { class: 'supervision-chart' }, el('figcaption', {}, title));
  if (!categories.length) {
    figure.append(el('p', { class: 'supervision-empty' }, '暂无数据'));
    return figure;
  }
  const labelWidth = 190;
  const barArea = 360;
  const bar = 14;
  const rowHeight = series.length * (bar + 2) + 10;
  const legendHeight = series.length > 1 ? 22 : 0;
  const width = labelWidth + barArea + 70;
  const height = legendHeight + categories.length * rowHeight + 4;
  const max = Math.max(1, ...series.flatMap(s => s.values.map(v => v || 0)));
  const chart = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title });
  let x = labelWidth;
  series.forEach(s => {
    if (series.length > 1) {
      chart.append(svg('rect', { x, y: 4, width: 12, height: 12, fill: s.color }),
        svg('text', { x: x + 16, y: 14, 'font-size': 12 }, s.name));
      x += 24 + s.name.length * 13;
    }
  });
  categories.forEach((category, i) => {
    const top = legendHeight + i * rowHeight;
    chart.append(svg('text', { x: labelWidth - 8, y: top + rowHeight / 2 + 4, 'font-size': 12, 'text-anchor': 'end' },
      category.length > 14 ? `${category.substring(0, 13)}…` : category));
    series.forEach((s, j) => {
      const value = s.values[i] || 0;
      const length = Math.round(barArea * value / max);
      const y = top + 5 + j * (bar + 2);
      chart.append(svg('rect', { x: labelWidth, y, width: Math.max(length, value > 0 ? 2 : 0), height: bar, fill: s.color },
        svg('title', {}, `${category} · ${s.name}：${format(value)}`)),
        svg('text', { x: labelWidth + length + 4, y: y + bar - 3, 'font-size': 11 }, format(value)));
    });
  });
  figure.append(chart);
  return figure;
}

function percent(value) {
  return value == null ? '—' : `${(value * 100).toFixed(1)}%`;
}

function table(headers, rows) {
  return el('table', { class: 'cam-table' },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(c => el('td', {}, c))))));
}

function caseLink(caseNumber) {
  return el('a', { href: `#/case-history?caseNumber=${encodeURIComponent(caseNumber)}` }, caseNumber);
}

function render(content, d, api) {
  const tiles = el('div', { class: 'supervision-tiles' }, d.cardCounts.map(k =>
    el('div', { class: `supervision-tile supervision-tile-${k.kind.toLowerCase()}`, style: `border-color:${COLORS[k.kind]}` },
      el('div', { class: 'supervision-tile-count', style: `color:${COLORS[k.kind]}` }, k.count),
      el('div', {}, `未办结${k.label}`))));
  const stats = d.statistics.filter(r => r.received > 0);
  content.replaceChildren(
    el('p', { class: 'supervision-asof' }, `截至 ${time(d.asOf)}（统计区间：收件日期 ${d.from} 至 ${d.to}）`),
    tiles,
    el('div', { class: 'supervision-charts' },
      barChart('超期环节（按承办部门、岗位）', d.overdueByGroup.map(g => g.name), [
        { name: '超期环节数', color: COLORS.RED, values: d.overdueByGroup.map(g => g.tasks) },
        { name: '涉及办件数', color: '#8a5a00', values: d.overdueByGroup.map(g => g.cases) }]),
      barChart('超期办件（按事项所属部门）', d.overdueCasesByDepartment.map(g => g.department), [
        { name: '超承诺时限', color: COLORS.RED, values: d.overdueCasesByDepartment.map(g => g.overdue) },
        { name: '超法定时限', color: COLORS.SEVERE_RED, values: d.overdueCasesByDepartment.map(g => g.severelyOverdue) }]),
      barChart('办件量（按事项）', stats.map(r => r.itemName), [
        { name: '收件', color: '#4d7fc4', values: stats.map(r => r.received) },
        { name: '办结', color: '#2e8b57', values: stats.map(r => r.finished) },
        { name: '按时办结', color: '#8fbc8f', values: stats.map(r => r.onTime) }]),
      barChart('按时办结率（按事项）', stats.filter(r => r.onTimeRate != null).map(r => r.itemName), [
        { name: '按时办结率', color: '#2e8b57', values: stats.filter(r => r.onTimeRate != null).map(r => r.onTimeRate) }],
      percent)),
    el('h3', {}, `未办结督办牌（${d.openCards} 张${d.openCards > d.cards.length ? `，列出最紧急的 ${d.cards.length} 张` : ''}）`),
    d.cards.length ? table(['牌', '办件编号', '事项', '申请人', '环节', '责任部门/岗位', '经办人', '期限', '亮牌时间'],
      d.cards.map(c => [el('span', { class: 'supervision-card', style: `background:${COLORS[c.kind]}` }, c.kindLabel),
        caseLink(c.caseNumber), c.itemName, c.applicantName || '', c.stage, c.responsible || '—',
        c.officer || '未认领', time(c.deadline), time(c.raisedAt)]))
      : el('p', { class: 'supervision-empty' }, '没有未办结的督办牌'),
    complaintPanel(api),
    urgeCounts(api),
    consultationCounts(api),
    el('h3', {}, '统计（按事项）'),
    table(['事项', '所属部门', '收件', '受理', '办结', '按时办结', '按时办结率', '平均用时（工作日）', '法定时限', '压缩比例',
      '未办结黄牌', '红牌', '严重红牌', '公示逾期', '退回'],
    d.statistics.map(r => [r.itemName, r.department, r.received, r.accepted, r.finished, r.onTime, percent(r.onTimeRate),
      r.averageWorkingDaysUsed == null ? '—' : r.averageWorkingDaysUsed, r.statutoryLimit, percent(r.compression),
      r.openCards.YELLOW, r.openCards.RED, r.openCards.SEVERE_RED, r.openCards.PUBLICATION_LATE, r.returns])),
    el('h3', {}, '退回（按工作人员，统计区间内退回的）'),
    d.returnsByOfficer.length
      ? table(['工作人员', '退回次数', '其中退回重审', '其中退回受理', '退回给本人办理'],
        d.returnsByOfficer.map(o => [o.officer, o.returns, o.toReview, o.toIntake, o.received]))
      : el('p', { class: 'supervision-empty supervision-no-returns' }, '统计区间内没有退回'));
}

function renderPage(node, api) {
  const from = el('input', { type: 'date', name: 'from', class: 'form-control', style: 'width:11em;display:inline-block' });
  const to = el('input', { type: 'date', name: 'to', class: 'form-control', style: 'width:11em;display:inline-block' });
  const message = el('div', { class: 'supervision-message', style: 'color:#b5152b;margin:6px 0' });
  const content = el('div', { class: 'supervision-content' }, el('p', {}, '加载中…'));

  async function load() {
    message.textContent = '';
    const params = new URLSearchParams();
    if (from.value) params.set('from', from.value);
    if (to.value) params.set('to', to.value);
    try {
      const d = await get(`${api.cockpitApi}/plugin/oneseal-supervision/${api.engine}/dashboard?${params}`);
      from.value = d.from;
      to.value = d.to;
      render(content, d, api);
    } catch (e) {
      message.textContent = `无法加载电子监察看板：${e.message}`;
    }
  }

  const form = el('form', { class: 'supervision-form', onsubmit: e => { e.preventDefault(); load(); } },
    field('收件日期 自', from), field('至', to), el('button', { type: 'submit', class: 'btn btn-primary' }, '刷新'));
  node.replaceChildren(el('section', { class: 'supervision', style: 'padding:16px' },
    el('h2', {}, '电子监察看板'), form, message, content));
  load();
}

export default [
  {
    id: 'oneseal-supervision-route',
    pluginPoint: 'cockpit.route',
    properties: { path: PATH, label: '电子监察看板' },
    render: (node, { api }) => renderPage(node, api)
  },
  {
    id: 'oneseal-supervision-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 19,
    properties: { pagePath: `#${PATH}`, label: '电子监察看板', checkActive: path => path.indexOf(PATH) > -1 },
    render: node => node.replaceChildren(el('a', { href: `#${PATH}` }, '电子监察看板'))
  }
];
