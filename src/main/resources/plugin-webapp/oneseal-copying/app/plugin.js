// 抄送 in Tasklist (copying/CopyingTasklistPlugin): the button 抄送 on a task copies its case to a colleague, a
// leader or a group of the bureau (or the item's regulator), chosen by name among those the server accepts, with a
// note; the navbar entry 抄送我的 lists the copies to the user, shows one read-only (the case at a glance, its issued
// documents to download, its 办件历史) and marks it read. A copy gives no right to act on the case.
// REST: <tasklistApi>/plugin/oneseal-copying/<engine>/{copies | copies/<id> | copies/<id>/read |
// copies/<id>/documents/<documentId> | tasks/<id>/copy-recipients | tasks/<id>/copies}.

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
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'style') node.style.cssText = v;
    else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
    else node.setAttribute(k, v);
  });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return node;
}

function base(api) {
  return `${api.tasklistApi}/plugin/oneseal-copying/${api.engine}`;
}

async function call(api, method, url, body) {
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = api.CSRFToken;
  }
  const response = await fetch(url, { method, credentials: 'same-origin', headers,
    body: body === undefined ? undefined : JSON.stringify(body) });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(answer.message || `HTTP ${response.status}`);
  return answer;
}

/** A dialog over Tasklist, closed by its 关闭 button. */
function dialog(title, ...content) {
  const close = el('button', { type: 'button', class: 'btn btn-default copying-close' }, '关闭');
  const box = el('div', { class: 'copying-dialog', role: 'dialog',
    style: 'position:fixed;z-index:2000;top:60px;left:50%;transform:translateX(-50%);width:min(900px,95vw);'
      + 'max-height:85vh;overflow:auto;background:#fff;border:1px solid #999;border-radius:4px;padding:16px;'
      + 'box-shadow:0 4px 24px rgba(0,0,0,.3)' },
  el('h3', { style: 'margin-top:0' }, title), ...content, el('div', { style: 'margin-top:12px' }, close));
  close.addEventListener('click', () => box.remove());
  document.querySelectorAll('.copying-dialog').forEach(d => d.remove());
  document.body.append(box);
  return box;
}

function currentTaskId() {
  return new URLSearchParams(window.location.hash.split('?')[1] || '').get('task');
}

async function openCopyForm(api) {
  const taskId = currentTaskId();
  const message = el('div', { class: 'copying-message', style: 'margin:8px 0' });
  const refused = text => {
    message.style.color = '#b5152b';
    message.textContent = `抄送未成功：${text}`;
  };
  let recipients;
  try {
    recipients = await call(api, 'GET', `${base(api)}/tasks/${encodeURIComponent(taskId)}/copy-recipients`);
  } catch (error) {
    refused(error.message);
    dialog('抄送', message);
    return;
  }
  const user = el('select', { name: 'copyUser', class: 'form-control' }, el('option', { value: '' }, '（不选人）'),
    recipients.users.map(u => el('option', { value: u.userId }, u.groups ? `${u.name} · ${u.groups}` : u.name)));
  const group = el('select', { name: 'copyGroup', class: 'form-control' }, el('option', { value: '' }, '（不选组）'),
    recipients.groups.map(g => el('option', { value: g.groupId }, g.name)));
  // one or the other: choosing a person clears the group, and the other way round
  user.addEventListener('change', () => { if (user.value) group.value = ''; });
  group.addEventListener('change', () => { if (group.value) user.value = ''; });
  const note = el('textarea', { name: 'copyNote', class: 'form-control', rows: 3, maxlength: 500, placeholder: '抄送说明（必填）' });
  const send = el('button', { type: 'submit', class: 'btn btn-primary copying-send' }, '发送抄送');
  const names = new Map([...recipients.users.map(u => [u.userId, u.name]), ...recipients.groups.map(g => [g.groupId, g.name])]);
  const form = el('form', { class: 'copying-form', onsubmit: async e => {
    e.preventDefault();
    message.style.color = '';
    message.textContent = '';
    if (!user.value && !group.value) {
      refused('请选择一位收件人或一个收件组');
      return;
    }
    try {
      const copy = await call(api, 'POST', `${base(api)}/tasks/${encodeURIComponent(taskId)}/copies`,
        { recipientUserId: user.value || null, recipientGroupId: group.value || null, note: note.value });
      const to = copy.recipientUser || copy.recipientGroup;
      message.style.color = '#2e7d32';
      message.textContent = `已抄送给 ${names.get(to) || to}（办件 ${copy.caseNumber}）`;
    } catch (error) {
      refused(error.message);
    }
  } }, el('p', {}, '将本任务所属办件抄送本局的同事或领导（一位收件人，或一个岗位组；本事项的监管部门亦可）阅知。抄送不授予办理权限。'),
  el('label', { style: 'display:block' }, '收件人', user), el('label', { style: 'display:block' }, '或收件组', group),
  el('label', { style: 'display:block' }, '抄送说明', note), send);
  dialog('抄送', form, message);
}

function renderAction(node, { api }) {
  node.replaceChildren(el('button', { type: 'button', class: 'btn btn-default btn-link copying-open',
    onclick: () => openCopyForm(api) }, '抄送'));
}

async function openCopy(api, id, refresh) {
  const view = await call(api, 'GET', `${base(api)}/copies/${id}`);
  const c = view.copy;
  const t = view.timeline;
  const status = el('p', { class: 'copying-status' }, c.read ? `已阅（${c.readBy}，${time(c.readAt)}）` : '未阅');
  const mark = el('button', { type: 'button', class: 'btn btn-primary copying-mark-read', onclick: async () => {
    const done = await call(api, 'POST', `${base(api)}/copies/${id}/read`);
    status.textContent = `已阅（${done.readBy}，${time(done.readAt)}）`;
    mark.remove();
    refresh();
  } }, '标为已阅');
  dialog(`抄送：办件 ${t.caseFile.caseNumber}`,
    el('p', {}, `${c.sentBy} 于 ${time(c.sentAt)} 抄送：${c.note}`), status, c.read ? '' : mark,
    el('h4', {}, '办件概况'),
    el('p', { class: 'copying-case' }, `${t.caseFile.itemName} · ${t.caseFile.applicantName} · ${t.caseFile.statusLabel} · 收件 ${time(t.caseFile.receivedAt)}`),
    el('h4', {}, '办件文书（只读）'),
    view.documents.length ? el('table', { class: 'table table-condensed copying-documents' },
      el('thead', {}, el('tr', {}, ['文书', '文件编号', '出具日期', ''].map(h => el('th', {}, h)))),
      el('tbody', {}, view.documents.map(d => el('tr', {}, el('td', {}, d.title), el('td', {}, d.documentNumber || ''),
        el('td', { style: 'white-space:nowrap' }, time(d.createdAt).substring(0, 10)),
        el('td', {}, el('a', { class: 'copying-document', href: `${base(api)}/copies/${id}/documents/${d.id}`,
          download: d.fileName }, '下载'))))))
      : el('p', { class: 'copying-no-documents' }, '该办件尚未出具文书'),
    el('h4', {}, '办件历史（只读）'),
    el('table', { class: 'table table-condensed copying-timeline' },
      el('thead', {}, el('tr', {}, ['时间', '类别', '事项', '经办人', '说明'].map(h => el('th', {}, h)))),
      el('tbody', {}, t.entries.map(e => el('tr', {}, el('td', { style: 'white-space:nowrap' }, time(e.at)), el('td', { style: 'white-space:nowrap' }, e.type),
        el('td', {}, e.title), el('td', {}, e.officer || e.completedBy || ''), el('td', {}, e.detail || ''))))));
}

async function openInbox(api, link) {
  const list = el('tbody', {});
  const refresh = async () => {
    const copies = await call(api, 'GET', `${base(api)}/copies`);
    const unread = copies.filter(c => !c.read).length;
    link.textContent = unread ? `抄送我的（${unread} 未阅）` : '抄送我的';
    list.replaceChildren(...copies.map(c => el('tr', { class: c.read ? 'copying-read' : 'copying-unread' },
      el('td', {}, time(c.sentAt)), el('td', {}, c.caseNumber), el('td', {}, c.sentBy), el('td', {}, c.note),
      el('td', {}, c.read ? '已阅' : '未阅'),
      el('td', {}, el('button', { type: 'button', class: 'btn btn-link copying-view',
        onclick: () => openCopy(api, c.id, refresh) }, '阅读')))));
    if (!copies.length) list.replaceChildren(el('tr', {}, el('td', { colspan: 6 }, '暂无抄送给您的办件')));
  };
  dialog('抄送我的', el('table', { class: 'table copying-list' },
    el('thead', {}, el('tr', {}, ['抄送时间', '办件编号', '抄送人', '说明', '状态', ''].map(h => el('th', {}, h)))), list));
  await refresh();
}

function renderNavbar(node, { api }) {
  const link = el('a', { href: '', class: 'copying-inbox', onclick: e => { e.preventDefault(); openInbox(api, link); } },
    '抄送我的');
  node.replaceChildren(link);
  call(api, 'GET', `${base(api)}/copies`).then(copies => {
    const unread = copies.filter(c => !c.read).length;
    if (unread) link.textContent = `抄送我的（${unread} 未阅）`;
  }).catch(() => {});
}

export default [
  { id: 'oneseal-copying-action', pluginPoint: 'tasklist.task.action', priority: 5, render: renderAction },
  { id: 'oneseal-copying-navbar', pluginPoint: 'tasklist.navbar.action', priority: 10, render: renderNavbar }
];
