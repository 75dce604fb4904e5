// Helpers shared by the bureau's Cockpit plugins (办件历史, 电子监察看板) and its Tasklist plugin (转办): plain DOM, the
// bureau's time, JSON GETs.

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
