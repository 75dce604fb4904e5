/**
 * The bureau's own HTTP API ({@code /api/v1}) in common: its error answers ({@code ApiError}, {@code
 * ApiException}), refusals written by filters, NUL refusal and idempotent requests. Foundation.
 */
package cn.gov.oneseal.api;
