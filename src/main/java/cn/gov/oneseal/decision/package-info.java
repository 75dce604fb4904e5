/**
 * 决定: recording a decision (grant or deny), issuing a grant's licence and 决定书 (at once, or when a held 容缺 grant is
 * released), the 即办件's decision on the spot and the decision on a commitment.
 */
package cn.gov.oneseal.decision;
