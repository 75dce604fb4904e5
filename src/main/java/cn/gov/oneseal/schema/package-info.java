/**
 * The engine's schema on PostgreSQL under Flyway, and the plans of its authorization checks.
 */
package cn.gov.oneseal.schema;
