package cn.gov.oneseal.sso;

/**
 * The webapps' logout under single sign-on: a plugin of Tasklist, Cockpit, Admin and Welcome (found through
 * {@code META-INF/services}) whose script ({@code plugin-webapp/oneseal-sso-logout/app/plugin.js}) asks
 * {@code /sso/config} whether single sign-on is on; if it is, the account menu's 退出 goes to {@code /logout} (the
 * session here and at the provider end) instead of the webapps' own logout, which would leave the officer logged in
 * through the provider, and the webapps' own login page is never shown. Without the sso profile the script does
 * nothing.
 */
final class SsoLogoutPlugins {

  static final String ID = "oneseal-sso-logout";

  private SsoLogoutPlugins() {}
}
