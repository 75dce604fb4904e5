// oneseal-common adds nothing to Cockpit itself: it serves ui.js, the helpers the bureau's plugins import.
export default [];
