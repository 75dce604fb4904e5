package cn.gov.oneseal.access;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's officers: at least one user per role, all with the demo password; every bureau has its own
 * window, reviewer, decider, survey lead and head (局负责人, who approves its extensions and revocations).
 */
@Component
@Profile("demo")
public class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** id, name, role label, groups, bureaus (tenants). */
  public record DemoUser(String id, String name, String title, List<String> groups, List<String> bureaus) {

    DemoUser(String id, String name, String title, List<String> groups) {
      this(id, name, title, groups, CITY);
    }
  }

  static final List<String> CITY = List.of("city");
  /** Departments, supervision and audit work for the city and both counties. */
  static final List<String> ALL = List.of("city", "countyA", "countyB");

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("window1", "张敏", "综合受理窗口", List.of("window")),
      new DemoUser("window2", "李静", "综合受理窗口", List.of("window")),
      new DemoUser("reviewer1", "王强", "审查员", List.of("reviewer")),
      new DemoUser("reviewer2", "赵磊", "审查员", List.of("reviewer")),
      new DemoUser("decider1", "陈建国", "审批科科长", List.of("decider")),
      new DemoUser("decider2", "杨帆", "分管负责人", List.of("decider")),
      new DemoUser("head1", "刘志远", "局负责人", List.of("bureauHead")),
      new DemoUser("surveylead1", "孙浩", "勘验组长", List.of("surveyLead")),
      new DemoUser("expert1", "方毅", "勘验专家（专家库）", List.of("surveyExpert"), ALL),
      new DemoUser("samr1", "周丽", "市场监督管理局", List.of("regulatorSamr"), ALL),
      new DemoUser("nhc1", "冯雪", "卫生健康委员会", List.of("regulatorNhc"), ALL),
      new DemoUser("hrss1", "蒋伟", "人力资源和社会保障局", List.of("regulatorHrss"), ALL),
      new DemoUser("transport1", "韩冰", "交通运输局", List.of("regulatorTransport"), ALL),
      new DemoUser("housing1", "曹阳", "住房和城乡建设局", List.of("regulatorHousing"), ALL),
      new DemoUser("planning1", "邓琳", "自然资源和规划局", List.of("regulatorPlanning"), ALL),
      new DemoUser("eco1", "马骏", "生态环境局", List.of("regulatorEcology"), ALL),
      new DemoUser("urban1", "田野", "城市管理局", List.of("regulatorUrbanManagement"), ALL),
      new DemoUser("water1", "江涛", "水利局", List.of("regulatorWater"), ALL),
      new DemoUser("edu1", "苏晴", "教育局", List.of("regulatorEducation"), ALL),
      new DemoUser("emergency1", "钱磊", "应急管理局", List.of("regulatorEmergency"), ALL),
      new DemoUser("fire1", "许晨", "消防审验", List.of("deptFireProtection"), ALL),
      new DemoUser("traffic1", "白松", "公安交通管理部门（交警）", List.of("deptTrafficPolice"), ALL),
      new DemoUser("civildef1", "彭辉", "人民防空办公室", List.of("deptCivilDefence"), ALL),
      new DemoUser("archives1", "吕娜", "城建档案馆", List.of("deptArchives"), ALL),
      new DemoUser("supervisor1", "吴刚", "电子监察室", List.of("supervisor"), ALL),
      new DemoUser("auditor1", "郑洁", "审计", List.of("auditor"), ALL),
      new DemoUser("analyst1", "何平", "流程分析员", List.of("analyst"), ALL),
      // reads /actuator/health's details and /actuator/prometheus; no bureau, no webapp
      new DemoUser("monitor1", "孔明", "运行监控", List.of("monitoring"), List.of()),
      new DemoUser("awindow1", "高翔", "甲县综合受理窗口", List.of("window"), List.of("countyA")),
      new DemoUser("areviewer1", "林涛", "甲县审查员", List.of("reviewer"), List.of("countyA")),
      new DemoUser("adecider1", "罗敏", "甲县审批决定人", List.of("decider"), List.of("countyA")),
      new DemoUser("asurveylead1", "梁勇", "甲县勘验组长", List.of("surveyLead"), List.of("countyA")),
      new DemoUser("ahead1", "程立新", "甲县行政审批局负责人", List.of("bureauHead"), List.of("countyA")),
      new DemoUser("bwindow1", "宋佳", "乙县综合受理窗口", List.of("window"), List.of("countyB")),
      new DemoUser("breviewer1", "谢峰", "乙县审查员", List.of("reviewer"), List.of("countyB")),
      new DemoUser("bdecider1", "唐静", "乙县审批决定人", List.of("decider"), List.of("countyB")),
      new DemoUser("bsurveylead1", "袁刚", "乙县勘验组长", List.of("surveyLead"), List.of("countyB")),
      new DemoUser("bhead1", "马文博", "乙县行政审批局负责人", List.of("bureauHead"), List.of("countyB")));

  private final IdentityService identityService;
  private final String password;

  public DemoData(IdentityService identityService, @Value("${oneseal.demo.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2)
  public void createDemoUsers() {
    if (identityService.isReadOnly()) {
      LOG.warn("the officers come from the directory (profile ldap): no demo users are created");
      return;
    }
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identityService.newUser(demo.id());
        user.setFirstName(demo.name());
        user.setLastName("（" + demo.title() + "）");
        user.setEmail(demo.id() + "@oneseal.example");
        user.setPassword(password);
        identityService.saveUser(user);
        LOG.info("demo user {} {} created", demo.id(), demo.name());
      }
      for (String group : demo.groups()) {
        if (identityService.createUserQuery().userId(demo.id()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(demo.id(), group);
        }
      }
      for (String bureau : demo.bureaus()) {
        if (identityService.createTenantQuery().tenantId(bureau).userMember(demo.id()).count() == 0) {
          identityService.createTenantUserMembership(bureau, demo.id());
        }
      }
    }
  }
}
