// 催办 in Tasklist (urging/UrgingTasklistPlugin): a 被催办 mark on the card of an urged task in the list, and on the
// task a banner-like tab 催办 with every urge (time, who, the note, whether it went to the bureau head). Read-only:
// <tasklistApi>/plugin/oneseal-urging-tasklist/<engine>/tasks/<taskId> answers only to those who may read the task.

const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});

function time(value) {
  if (!value) return '';
  const p = Object.fromEntries(SHANGHAI.formatToParts(new Date(value)).map(x => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => (k === 'style' ? (node.style.cssText = v) : node.setAttribute(k, v)));
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return node;
}

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
];
