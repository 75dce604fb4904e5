package cn.gov.oneseal.catalogue;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken catalogue stops start-up with the list of its problems, not a stack trace. */
class CatalogueFailureAnalyzer extends AbstractFailureAnalyzer<CatalogueException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, CatalogueException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "修改 processes/catalogue.yaml（或 oneseal.catalogue.location 指向的文件）中列出的各项后重新启动。", cause);
  }
}
