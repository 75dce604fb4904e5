/**
 * The regulators' systems' API ({@code /api/v1/regulator}): dispatches and sign-for, commitment verification,
 * revocations, reports of wrong approvals.
 */
package cn.gov.oneseal.regulator;
