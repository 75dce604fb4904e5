/**
 * Officers from the bureau's directory (profile {@code ldap}, src/docs/directory.md): Camunda's LDAP identity provider,
 * with the directory's group names mapped to OneSeal's groups and each officer's bureaus (engine tenants) read from
 * the directory's OUs or groups.
 */
package cn.gov.oneseal.directory;
