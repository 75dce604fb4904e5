/**
 * Who may do what: the bureau's groups and tenants, each group's engine rights (exactly {@code RoleRights}), the
 * shared Tasklist filters, the technical clients' accounts and the demo officers — set on every start.
 */
package cn.gov.oneseal.access;
