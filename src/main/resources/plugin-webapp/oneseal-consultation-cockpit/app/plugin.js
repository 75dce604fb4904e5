// 征求意见 in Cockpit (consultation/ConsultationCockpitPlugin) adds no page of its own: 电子监察看板 shows counts.js's
// consultation counts.
export default [];
