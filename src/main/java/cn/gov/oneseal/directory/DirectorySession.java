package cn.gov.oneseal.directory;

import cn.gov.oneseal.security.AsSystem;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapName;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TenantEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.LdapGroupQuery;
import org.camunda.bpm.identity.impl.ldap.LdapIdentityProviderSession;
import org.camunda.bpm.identity.impl.ldap.LdapSearchResults;
import org.camunda.bpm.identity.impl.ldap.LdapUserEntity;
import org.camunda.bpm.identity.impl.ldap.LdapUserQueryImpl;

/**
 * Camunda's LDAP session as OneSeal needs it: only the mapped directory groups exist, under OneSeal's ids; a group the
 * directory lacks has no members (the plugin would answer the members of every group); the bureaus (tenants) are
 * {@code oneseal.bureaus}, and an officer's are read from the directory's OUs and groups, for every query the engine
 * and the webapps make (a user's bureaus, a bureau's users), whatever the caller may read (who belongs where is not
 * the caller's to hide); a missing surname attribute reads as empty.
 */
class DirectorySession extends LdapIdentityProviderSession {

  /** A filter no entry matches: a query about something the directory does not have. */
  private static final String NOTHING = "(&(objectClass=*)(!(objectClass=*)))";

  private final DirectoryMapping mapping;

  DirectorySession(LdapConfiguration configuration, DirectoryMapping mapping) {
    super(configuration);
    this.mapping = mapping;
  }

  @Override
  protected UserEntity transformUser(SearchResult result) {
    UserEntity user = super.transformUser(result);
    if (user.getLastName() == null) {
      user.setLastName("");
    }
    if (user.getFirstName() == null) {
      user.setFirstName(user.getId());
    }
    return user;
  }

  @Override
  public List<User> findUserByQueryCriteria(LdapUserQueryImpl query) {
    List<User> users = super.findUserByQueryCriteria(query);
    if (query.getTenantId() == null) {
      return users;
    }
    return users.stream().filter(u -> bureausOfEntry(((LdapUserEntity) u).getDn()).contains(query.getTenantId()))
        .toList();
  }

  @Override
  protected List<User> findUsersByGroupId(LdapUserQueryImpl query) {
    if (mapping.directoryName(query.getGroupId()) == null || getDnForGroup(query.getGroupId()).isEmpty()) {
      return List.of();
    }
    return super.findUsersByGroupId(query);
  }

  @Override
  protected GroupEntity transformGroup(SearchResult result) {
    GroupEntity group = super.transformGroup(result);
    String directoryName = group.getId();
    group.setId(mapping.groupId(directoryName));
    if (group.getName() == null) {
      group.setName(directoryName);
    }
    return group;
  }

  @Override
  public List<Group> findGroupByQueryCriteria(LdapGroupQuery query) {
    // bureaus have officers, not groups, as members (as with the built-in users)
    return query.getTenantId() != null ? List.of() : super.findGroupByQueryCriteria(query);
  }

  /** The plugin's filter, with OneSeal's group ids as the directory names them and only the mapped groups. */
  @Override
  protected String getGroupSearchFilter(LdapGroupQuery query) {
    String idAttribute = ldapConfiguration.getGroupIdAttribute();
    StringWriter search = new StringWriter();
    search.write("(&");
    search.write(ldapConfiguration.getGroupSearchFilter());
    search.write(anyOf(idAttribute, mapping.directoryNames()));
    if (query.getId() != null) {
      String name = mapping.directoryName(query.getId());
      search.write(name == null ? NOTHING : filter(idAttribute, escapeLDAPSearchFilter(name)));
    }
    if (query.getIds() != null && query.getIds().length > 0) {
      List<String> names = new ArrayList<>();
      for (String id : query.getIds()) {
        if (mapping.directoryName(id) != null) {
          names.add(mapping.directoryName(id));
        }
      }
      search.write(anyOf(idAttribute, names));
    }
    if (query.getName() != null) {
      search.write(filter(ldapConfiguration.getGroupNameAttribute(), escapeLDAPSearchFilter(query.getName())));
    }
    if (query.getNameLike() != null) {
      // the plugin has turned the SQL wildcards into LDAP's '*'; everything else is escaped
      String like = escapeLDAPSearchFilter(query.getNameLike()).replace("\\2a", "*");
      search.write(filter(ldapConfiguration.getGroupNameAttribute(), like));
    }
    if (query.getUserId() != null) {
      String userDn = AsSystem.call(() -> getDnForUser(query.getUserId()));
      search.write(userDn.isEmpty() ? NOTHING
          : filter(ldapConfiguration.getGroupMemberAttribute(), escapeLDAPSearchFilter(userDn)));
    }
    search.write(")");
    return search.toString();
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new DirectoryTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new DirectoryTenantQuery();
  }

  @Override
  public Tenant findTenantById(String id) {
    return createTenantQuery(Context.getCommandContext()).tenantId(id).singleResult();
  }

  /** The bureaus the query asks for, those the caller may read, in the configured order. */
  List<Tenant> findTenants(DirectoryTenantQuery query) {
    if (query.getGroupId() != null) {
      return List.of();
    }
    Set<String> ofUser = query.getUserId() == null ? null : bureausOf(query.getUserId());
    List<Tenant> tenants = new ArrayList<>();
    mapping.bureaus().forEach(bureau -> {
      TenantEntity tenant = new TenantEntity(bureau.id());
      tenant.setName(bureau.name());
      if (query.matches(tenant) && (ofUser == null || ofUser.contains(bureau.id()))
          && isAuthorizedToRead(Resources.TENANT, bureau.id())) {
        tenants.add(tenant);
      }
    });
    return tenants;
  }

  /** The officer's bureaus: by the OU of their entry and by their bureau groups; none if not in the directory. */
  Set<String> bureausOf(String userId) {
    return bureausOfEntry(AsSystem.call(() -> getDnForUser(userId)));
  }

  /** The bureaus of the entry with the DN ("" for none). */
  private Set<String> bureausOfEntry(String userDn) {
    Set<String> bureaus = new LinkedHashSet<>();
    if (userDn.isEmpty()) {
      return bureaus;
    }
    try {
      bureaus.addAll(mapping.bureausByOu(new LdapName(userDn)));
    } catch (NamingException e) {
      throw new IllegalStateException("目录返回了无效的 DN: " + userDn, e);
    }
    if (mapping.bureauGroups().isEmpty()) {
      return bureaus;
    }
    String idAttribute = ldapConfiguration.getGroupIdAttribute();
    String filter = "(&" + ldapConfiguration.getGroupSearchFilter() + anyOf(idAttribute, mapping.bureauGroups())
        + filter(ldapConfiguration.getGroupMemberAttribute(), escapeLDAPSearchFilter(userDn)) + ")";
    ldapClient.setRequestControls(List.of());
    try (LdapSearchResults results = ldapClient.search(
        composeDn(ldapConfiguration.getGroupSearchBase(), ldapConfiguration.getBaseDn()), filter)) {
      while (results.hasMoreElements()) {
        Attribute name = results.nextElement().getAttributes().get(idAttribute);
        String bureau = name == null ? null : mapping.bureauOfGroup(String.valueOf(name.get()));
        if (bureau != null) {
          bureaus.add(bureau);
        }
      }
    } catch (NamingException e) {
      throw new IllegalStateException("目录查询失败：局的成员", e);
    }
    return bureaus;
  }

  private String anyOf(String attribute, List<String> values) {
    if (values.isEmpty()) {
      return NOTHING;
    }
    StringBuilder any = new StringBuilder("(|");
    values.forEach(v -> any.append(filter(attribute, escapeLDAPSearchFilter(v))));
    return any.append(')').toString();
  }

  private static String filter(String attribute, String value) {
    return "(" + attribute + "=" + value + ")";
  }
}
