package cn.gov.oneseal.seal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A bureau without a usable seal stops start-up with what to configure, not a stack trace. */
class SealFailureAnalyzer extends AbstractFailureAnalyzer<SealConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SealConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "按 application.yaml 中 oneseal.seals 的说明为每个行政审批局配置印章密钥（PKCS#12 或 PKCS#11）并设置所列环境变量，"
            + "或在演示环境使用 demo 配置（oneseal.seals.demo=true）。 Configure each bureau's seal keys under "
            + "oneseal.seals.bureaus (see application.yaml) and set the environment variables named, or run the demo "
            + "profile.", cause);
  }
}
