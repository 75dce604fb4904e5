package cn.gov.oneseal.security;

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

/** The demo profile's officers: at least one user per role, all with the demo password. */
@Component
@Profile("demo")
public class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** id, name, role label, groups. */
  public record DemoUser(String id, String name, String title, List<String> groups) {}

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("window1", "张敏", "综合受理窗口", List.of("window")),
      new DemoUser("window2", "李静", "综合受理窗口", List.of("window")),
      new DemoUser("reviewer1", "王强", "审查员", List.of("reviewer")),
      new DemoUser("reviewer2", "赵磊", "审查员", List.of("reviewer")),
      new DemoUser("decider1", "陈建国", "审批科科长", List.of("decider")),
      new DemoUser("decider2", "杨帆", "分管负责人", List.of("decider")),
      new DemoUser("head1", "刘志远", "局负责人", List.of("bureauHead")),
      new DemoUser("surveylead1", "孙浩", "勘验组长", List.of("surveyLead")),
      new DemoUser("samr1", "周丽", "市场监督管理局", List.of("regulatorSamr")),
      new DemoUser("nhc1", "冯雪", "卫生健康委员会", List.of("regulatorNhc")),
      new DemoUser("hrss1", "蒋伟", "人力资源和社会保障局", List.of("regulatorHrss")),
      new DemoUser("transport1", "韩冰", "交通运输局", List.of("regulatorTransport")),
      new DemoUser("housing1", "曹阳", "住房和城乡建设局", List.of("regulatorHousing")),
      new DemoUser("planning1", "邓琳", "自然资源和规划局", List.of("regulatorPlanning")),
      new DemoUser("fire1", "许晨", "消防审验", List.of("deptFireProtection")),
      new DemoUser("civildef1", "彭辉", "人民防空办公室", List.of("deptCivilDefence")),
      new DemoUser("archives1", "吕娜", "城建档案馆", List.of("deptArchives")),
      new DemoUser("supervisor1", "吴刚", "电子监察室", List.of("supervisor")),
      new DemoUser("auditor1", "郑洁", "审计", List.of("auditor")),
      new DemoUser("analyst1", "何平", "流程分析员", List.of("analyst")));

  private final IdentityService identityService;
  private final String password;

  public DemoData(IdentityService identityService, @Value("${oneseal.demo.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(2)
  public void createDemoUsers() {
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
    }
  }
}
