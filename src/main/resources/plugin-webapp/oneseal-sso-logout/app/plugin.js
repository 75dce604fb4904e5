// 单点登录下的退出 (issue #25, sso/SsoLogoutPlugins): in Tasklist, Cockpit, Admin and Welcome, asks /sso/config whether
// single sign-on is on; if so the account menu's 退出 goes to /logout (this server's session and the provider's end,
// then the provider's login page), and the webapps' own login page is skipped. Without single sign-on: nothing.

const appRoot = document.querySelector('base').getAttribute('app-root');
const base = document.location.href.substring(0, document.location.href.indexOf(appRoot));

function takeOverLogout(logoutUrl) {
  const replace = () => {
    const item = document.querySelector('li.account li.logout');
    if (!item) return false;
    const old = item.getElementsByTagName('a')[0];
    // a clone: the webapps' own click handler (their logout) stays behind
    const link = old.cloneNode(true);
    link.href = base + logoutUrl;
    link.classList.add('oneseal-sso-logout');
    item.replaceChild(link, old);
    return true;
  };
  if (replace()) return;
  const observer = new MutationObserver(() => { if (replace()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
}

fetch(base + '/sso/config', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
  .then(answer => answer.ok ? answer.json() : null)
  .then(config => {
    if (!config || !config.logout) return;
    if (window.location.hash === '#/login') window.location.hash = '';
    takeOverLogout(config.logout);
  })
  .catch(() => {});

export default [];
