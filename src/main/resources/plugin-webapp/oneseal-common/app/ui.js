// Helpers shared by the bureau's Cockpit plugins (办件历史, 电子监察看板) and its Tasklist plugins (转办, 催办): plain DOM,
// the bureau's time, JSON requests with the webapp's session, a modal dialog.

/** An element with attributes (style as CSS text, on* as listeners) and children (nodes or text). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (k === 'style') node.style.cssText = v;
    else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
    else node.setAttribute(k, v);
  });
  children.flat().forEach(c => node.append(c instanceof Node ? c : document.createTextNode(c == null ? '' : String(c))));
  return node;
}

// the bureau's time (Asia/Shanghai), whatever the browser's zone
const SHANGHAI = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
  hourCycle: 'h23'
});

/** An instant as "YYYY-MM-DD HH:mm" in Asia/Shanghai; '' for none. */
export function time(value) {
  if (!value) return '';
  const p = Object.fromEntries(SHANGHAI.formatToParts(new Date(value)).map(x => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** GET JSON with the Cockpit session; a failed answer throws its message. */
export async function get(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message || `HTTP ${response.status}`);
  return body;
}

/** A labelled inline form field. */
export function field(label, input) {
  return el('label', { style: 'display:inline-block;margin:0 12px 8px 0' }, label, ' ', input);
}

/**
 * A JSON request with the webapp's session: GET without a body, otherwise POST (or the method) with the CSRF token;
 * a refusal throws its Chinese message (the fields' messages when it names fields), with the HTTP status.
 */
export async function call(url, api, body, method) {
  const response = await fetch(url, {
    method: method || (body ? 'POST' : 'GET'),
    credentials: 'same-origin',
    headers: Object.assign({ Accept: 'application/json' },
      body || method ? { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': api.CSRFToken } : {}),
    body: body ? JSON.stringify(body) : undefined
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    const fields = (answer.errors || []).map(e => e.message);
    const error = new Error(fields.length ? fields.join('；') : (answer.message || `请求失败（HTTP ${response.status}）`));
    error.status = response.status;
    throw error;
  }
  return answer;
}

/** A modal dialog with a title and content; answers its close function. */
export function dialog(className, title, ...content) {
  const overlay = el('div', { class: className,
    style: 'position:fixed;inset:0;background:rgba(0,0,0,.4);z-index:2000;display:flex;align-items:center;'
      + 'justify-content:center' },
    el('div', { role: 'dialog', 'aria-label': title,
      style: 'background:#fff;padding:20px;border-radius:4px;width:36em;max-width:95vw;max-height:90vh;overflow:auto;'
        + 'text-align:left;color:#333' }, el('h4', {}, title), ...content));
  document.body.append(overlay);
  return () => overlay.remove();
}
