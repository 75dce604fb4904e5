package cn.gov.oneseal.directory;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.TenantQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** The bureaus (tenants) under the directory: {@link DirectorySession#findTenants}. */
class DirectoryTenantQuery extends TenantQueryImpl {

  private static final long serialVersionUID = 1L;

  DirectoryTenantQuery() {
    super();
  }

  DirectoryTenantQuery(CommandExecutor executor) {
    super(executor);
  }

  @Override
  public long executeCount(CommandContext commandContext) {
    return session(commandContext).findTenants(this).size();
  }

  @Override
  public List<Tenant> executeList(CommandContext commandContext, Page page) {
    List<Tenant> all = session(commandContext).findTenants(this);
    if (page == null) {
      return all;
    }
    int from = Math.min(page.getFirstResult(), all.size());
    return all.subList(from, (int) Math.min(all.size(), (long) from + page.getMaxResults()));
  }

  /** Whether the tenant meets the query's id, ids, name and name-like criteria. */
  boolean matches(Tenant tenant) {
    return (id == null || id.equals(tenant.getId()))
        && (ids == null || Arrays.asList(ids).contains(tenant.getId()))
        && (name == null || name.equals(tenant.getName()))
        && (nameLike == null || like(nameLike).matcher(tenant.getName()).matches());
  }

  /** SQL LIKE ('%', '_') as a pattern. */
  private static Pattern like(String pattern) {
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static DirectorySession session(CommandContext commandContext) {
    return (DirectorySession) commandContext.getReadOnlyIdentityProvider();
  }
}
