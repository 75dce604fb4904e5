package cn.gov.oneseal.portal;

import java.util.List;

/** What the applicant asks for online: the JSON part {@code application} of the submission. */
record Application(String itemCode, String bureauId, Applicant applicant, Contact contact, String premisesAddress,
    String businessScope, String path, List<String> deficientMaterials, Boolean pledgeSigned,
    Boolean commitmentAccepted) {

  record Applicant(String name, String idType, String id) {}

  /** The contact; {@code email} is optional (the notices are also sent there). */
  record Contact(String name, String phone, String email) {}
}
