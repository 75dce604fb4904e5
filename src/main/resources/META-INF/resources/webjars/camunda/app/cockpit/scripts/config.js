// OneSeal: replaces the webjar's config.js of this app (the project's file wins on the classpath).
// Chinese first: a browser whose first language is zh-* gets locales/zh.json (the webapps split
// navigator.languages[0] at '-', so the key must be 'zh'); any other language gets English.
// The header reads "一颗印章 监察审计" instead of "Camunda Cockpit" (app.vendor + app.name).
export default {
  app: {
    name: '监察审计',
    vendor: '一颗印章'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
