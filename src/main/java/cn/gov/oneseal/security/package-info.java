/**
 * Security primitives every package may use: the bureau's roles, the caller of a request, system actions without
 * an officer's rights, and the engine's narrowed defaults. Foundation.
 */
package cn.gov.oneseal.security;
