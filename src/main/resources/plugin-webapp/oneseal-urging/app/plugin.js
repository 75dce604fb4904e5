// 催办 in Cockpit (urging/UrgingCockpitPlugin) adds no page of its own: 办件历史 shows panel.js's urge form under a
// case's timeline and 电子监察看板 its urge counts.
export default [];
