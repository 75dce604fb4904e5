/**
 * 批前公示: for an item whose catalogue entry has {@code prePublicity}, the shared review stage publishes the plan's
 * public summary for the period before the review opinion, anyone may object through the public API, and the reviewer
 * answers each objection in the review opinion (refused on every surface while one is unanswered); the answers are
 * kept with the objections and shown in the case's 办件历史. See docs/pre-publicity.md.
 */
package cn.gov.oneseal.prepublicity;
