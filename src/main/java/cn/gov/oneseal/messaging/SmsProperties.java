package cn.gov.oneseal.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code oneseal.sms}: how the applicants' text messages leave the bureau. {@code provider} NONE (default: every
 * attempt fails saying no gateway is configured, the messages wait in the outbox), LOG (the demo: each text written to
 * the log, nothing leaves) or ALIYUN (阿里云短信服务 dysmsapi SendSms, {@link AliyunSmsGateway}). {@code sign-name}
 * is the 短信签名 registered with the provider; the three template codes are those of the templates registered there
 * (their wording: src/docs/operations.md "Text messages").
 */
@ConfigurationProperties("oneseal.sms")
public class SmsProperties {

  /** The gateway the texts go through. */
  public enum Provider { NONE, LOG, ALIYUN }

  private Provider provider = Provider.NONE;
  private String signName = "行政审批服务局";
  private final Aliyun aliyun = new Aliyun();

  public Provider getProvider() {
    return provider;
  }

  public void setProvider(Provider provider) {
    this.provider = provider == null ? Provider.NONE : provider;
  }

  public String getSignName() {
    return signName;
  }

  public void setSignName(String signName) {
    this.signName = signName;
  }

  public Aliyun getAliyun() {
    return aliyun;
  }

  /** {@code oneseal.sms.aliyun}: the endpoint, the RAM AccessKey (from the environment) and the template codes. */
  public static class Aliyun {
    private String endpoint = "https://dysmsapi.aliyuncs.com/";
    private String accessKeyId;
    private String accessKeySecret;
    private String regionId = "cn-hangzhou";
    /** Template: 您的办件${caseNumber}已出具${document}，可登录网上办事大厅查看或下载。 */
    private String templateNotice;
    /** Template: 您的办件${caseNumber}已出具${document}，请于${due}前${action}。 */
    private String templateNoticeDue;
    /** Template: 您的投诉（编号${complaintNumber}）${progress}，可凭投诉编号和查询码登录网上办事大厅查看。 */
    private String templateComplaint;
    private Duration timeout = Duration.ofSeconds(10);

    public String getEndpoint() {
      return endpoint;
    }

    public void setEndpoint(String endpoint) {
      this.endpoint = endpoint;
    }

    public String getAccessKeyId() {
      return accessKeyId;
    }

    public void setAccessKeyId(String accessKeyId) {
      this.accessKeyId = accessKeyId;
    }

    public String getAccessKeySecret() {
      return accessKeySecret;
    }

    public void setAccessKeySecret(String accessKeySecret) {
      this.accessKeySecret = accessKeySecret;
    }

    public String getRegionId() {
      return regionId;
    }

    public void setRegionId(String regionId) {
      this.regionId = regionId;
    }

    public String getTemplateNotice() {
      return templateNotice;
    }

    public void setTemplateNotice(String templateNotice) {
      this.templateNotice = templateNotice;
    }

    public String getTemplateNoticeDue() {
      return templateNoticeDue;
    }

    public void setTemplateNoticeDue(String templateNoticeDue) {
      this.templateNoticeDue = templateNoticeDue;
    }

    public String getTemplateComplaint() {
      return templateComplaint;
    }

    public void setTemplateComplaint(String templateComplaint) {
      this.templateComplaint = templateComplaint;
    }

    public Duration getTimeout() {
      return timeout;
    }

    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }
}
