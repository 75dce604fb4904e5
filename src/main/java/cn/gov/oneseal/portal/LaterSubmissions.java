package cn.gov.oneseal.portal;

import static cn.gov.oneseal.portal.ApplicantCases.FIELD_NAMES;
import static cn.gov.oneseal.portal.ApplicantCases.INVALID;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import cn.gov.oneseal.form.FieldError;
import cn.gov.oneseal.portal.ApplicantAnswers.StoredFile;
import cn.gov.oneseal.portal.ApplicantAnswers.SubmissionReceived;
import cn.gov.oneseal.security.AsSystem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * 补正 / 容缺补齐 / 整改完成: files (and a note) to a case that waits for them, stored and correlated to the waiting
 * stage in one transaction; refused (409) when the case does not wait for them. Made idempotent by its caller
 * ({@link LaterSubmissionController}).
 */
@Service
class LaterSubmissions {

  private final ProcessEngine engine;
  private final ApplicantCases cases;
  private final ItemCatalogue catalogue;
  private final CaseFiles caseFiles;
  private final MaterialFiles materialFiles;

  LaterSubmissions(ProcessEngine engine, ApplicantCases cases, ItemCatalogue catalogue, CaseFiles caseFiles,
      MaterialFiles materialFiles) {
    this.engine = engine;
    this.cases = cases;
    this.catalogue = catalogue;
    this.caseFiles = caseFiles;
    this.materialFiles = materialFiles;
  }

  @Transactional
  public SubmissionReceived submit(LaterSubmission kind, String caseNumber, String secret, String note,
      Map<String, MultipartFile> files) {
    CaseFile file = cases.requireCase(caseNumber, secret);
    if (!cases.waitsFor(caseNumber, kind.message)) {
      throw ApiException.conflict("NOT_WAITING", "办件 " + caseNumber + " 当前不在等待申请人提交" + kind.label
          + "（办件状态：" + file.status().label() + "）");
    }
    List<FieldError> errors = new ArrayList<>();
    List<UploadedFile> uploaded = UploadedFile.ofParts(catalogue.get(file.itemCode(), file.catalogueVersion()), files, errors);
    String text = note == null ? null : note.strip();
    if (kind == LaterSubmission.RECTIFICATION && (text == null || text.isEmpty())) {
      errors.add(new FieldError("report", "REQUIRED", "请说明整改情况"));
    } else if (kind != LaterSubmission.RECTIFICATION && uploaded.isEmpty() && errors.isEmpty()) {
      errors.add(new FieldError("files", "REQUIRED", "请上传" + kind.label + "（每个材料一个文件，名称为材料编码）"));
    }
    if (text != null && text.length() > (kind == LaterSubmission.RECTIFICATION ? 4000 : 2000)) {
      errors.add(new FieldError(kind == LaterSubmission.RECTIFICATION ? "report" : "note", "TOO_LONG", "说明过长"));
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(INVALID, errors);
    }
    List<StoredFile> stored = new ArrayList<>();
    for (UploadedFile upload : uploaded) {
      long id = materialFiles.store(caseNumber, kind.purpose, upload);
      stored.add(new StoredFile(id, upload.materialCode(), upload.sha256()));
    }
    String summary = "申请人通过网上办事大厅提交" + kind.label
        + (uploaded.isEmpty() ? "" : "：" + String.join("、", uploaded.stream().map(UploadedFile::materialName).toList()))
        + (text == null || text.isEmpty() ? "" : "；说明：" + text);
    Map<String, Object> variables = new HashMap<>();
    if (kind == LaterSubmission.RECTIFICATION) {
      variables.put("rectificationReport", text);
    } else {
      caseFiles.recordOpinion(new Opinion(caseNumber, kind == LaterSubmission.CORRECTIONS ? "intake" : "supplements",
          null, cases.caller(), "submitted", summary, CaseRecorder.now()));
    }
    try {
      AsSystem.run(engine, () -> engine.getRuntimeService().createMessageCorrelation(kind.message)
          .processInstanceBusinessKey(caseNumber).setVariables(variables).correlate());
    } catch (RuntimeException e) {
      throw ApiException.invalid(INVALID, e, FIELD_NAMES);
    }
    return new SubmissionReceived(caseNumber, stored, caseFiles.get(caseNumber).status().name(),
        "已收到" + kind.label + "，窗口将审核");
  }
}
