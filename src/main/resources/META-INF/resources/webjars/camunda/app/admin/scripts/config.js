// OneSeal: replaces the webjar's config.js of this app (the project's file wins on the classpath).
// Chinese first: a browser whose first language is zh-* gets locales/zh.json (the webapps split
// navigator.languages[0] at '-', so the key must be 'zh'); any other language gets English.
// The header reads "一颗印章 系统管理" instead of "Camunda Admin" (app.vendor + app.name).
export default {
  app: {
    name: '系统管理',
    vendor: '一颗印章'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
