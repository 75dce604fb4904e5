// 通知记录 in Tasklist (issue #23, messaging/MessagesTasklistPlugin): on every task, the tab 通知记录 lists what the
// task's case sent out through the outbox — the applicant's texts and e-mails, its reports to the provincial platform
// and its 双公示 publication — channel, recipient (masked), document,
// state (待发送 / 已发送 / 发送失败), attempts, the last failure and the next attempt. The rules are the server's
// (<tasklistApi>/plugin/oneseal-messages/<engine>/tasks/<taskId>/messages); a refusal shows its Chinese message.

// the bureau's DOM and time helpers, served with the Cockpit plugins (cockpit/CommonAssetsPlugin)
import { el, time, call } from '../../../../../cockpit/plugin/oneseal-common/static/app/ui.js';

const CHANNELS = { SMS: '短信', EMAIL: '电子邮件', PROVINCE: '报送省级政务服务平台', CREDIT: '推送信用平台（双公示）' };

function what(message) {
  // an e-mail's subject names the document; a text message's body is the text itself
  return message.channel === 'EMAIL' ? (message.subject || '') : '';
}

async function render(node, api, taskId) {
  if (!taskId) return;
  node.replaceChildren(el('p', { style: 'padding:8px' }, '加载中…'));
  let messages;
  try {
    messages = await call(`${api.tasklistApi}/plugin/oneseal-messages/${api.engine}/tasks/`
      + `${encodeURIComponent(taskId)}/messages`, api);
  } catch (e) {
    node.replaceChildren(el('p', { class: 'oneseal-messages-refused', style: 'padding:8px;color:#666' }, e.message));
    return;
  }
  if (!messages.length) {
    node.replaceChildren(el('p', { class: 'oneseal-messages-none', style: 'padding:8px;color:#666' },
      '本办件尚无对外发送的消息（短信、电子邮件须办件登记了手机号码、电子邮箱且申请人未关闭该通知方式）。'));
    return;
  }
  node.replaceChildren(el('table', { class: 'table table-condensed oneseal-messages', style: 'margin:8px' },
    el('thead', {}, el('tr', {}, ['产生时间', '方式', '收件人', '内容', '状态', '尝试次数', '最近失败原因', '下次尝试', '送达时间']
      .map(h => el('th', {}, h)))),
    el('tbody', {}, messages.map(m => el('tr', { class: `oneseal-message-${m.state.toLowerCase()}` },
      el('td', { style: 'white-space:nowrap' }, time(m.createdAt)),
      el('td', {}, CHANNELS[m.channel] || m.channel),
      el('td', {}, m.recipient),
      el('td', {}, what(m)),
      el('td', { class: 'oneseal-message-state', style: m.state === 'DEAD' ? 'color:#b5152b' : '' }, m.stateLabel),
      el('td', {}, String(m.attempts)),
      el('td', {}, m.lastError || ''),
      el('td', { style: 'white-space:nowrap' }, m.state === 'PENDING' ? time(m.nextAttemptAt) : ''),
      el('td', { style: 'white-space:nowrap' }, time(m.sentAt)))))));
}

export default [
  {
    id: 'oneseal-messages-detail',
    pluginPoint: 'tasklist.task.detail',
    priority: 700,
    label: '通知记录',
    properties: { label: '通知记录' },
    render: (node, { api, taskId }) => { render(node, api, taskId); }
  }
];
