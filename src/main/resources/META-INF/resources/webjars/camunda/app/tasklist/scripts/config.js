// OneSeal: replaces the webjar's config.js of Tasklist (the project's file wins on the classpath).
// Chinese first: a browser whose first language is zh-* gets locales/zh.json (the webapps split
// navigator.languages[0] at '-', so the key must be 'zh'); any other language gets English.
// The keyboard shortcuts are the webjar's own (its config.js defines them; without them Tasklist has
// none), with the descriptions shown in the shortcut dialog in Chinese.
// The header reads "一颗印章 待办任务" instead of "Camunda Tasklist" (app.vendor + app.name).
export default {
  app: {
    name: '待办任务',
    vendor: '一颗印章'
  },
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '光标移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '光标移到任务列表的第一项任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '光标移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};
