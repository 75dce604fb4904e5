/**
 * Single sign-on (profile {@code sso}, src/docs/directory.md): officers log into Tasklist, Cockpit and Admin through
 * the bureau's OpenID Connect provider (统一身份认证), and their integrations call {@code /engine-rest} and
 * {@code /api} with the provider's bearer tokens beside HTTP Basic; who they are and what they may do stays the
 * engine's (users, groups, bureaus from the identity service).
 */
package cn.gov.oneseal.sso;
