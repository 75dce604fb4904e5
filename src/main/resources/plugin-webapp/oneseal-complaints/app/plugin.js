// 投诉 in Cockpit (complaint/ComplaintCockpitPlugin) adds no page of its own: 电子监察看板 shows panel.js's open
// complaints and accountability statistics.
export default [];
