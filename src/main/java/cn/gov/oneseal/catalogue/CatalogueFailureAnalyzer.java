package cn.gov.oneseal.catalogue;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken catalogue (or an item model's broken call of a stage) stops start-up with its problems, not a stack trace. */
class CatalogueFailureAnalyzer extends AbstractFailureAnalyzer<CatalogueException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CatalogueException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "修改 processes/catalogue.yaml（或 oneseal.catalogue.location 指向的文件）或 processes/ 中的模型所列的各项后重新构建、启动。", cause);
  }
}
