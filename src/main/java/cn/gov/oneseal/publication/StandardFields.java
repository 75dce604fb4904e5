package cn.gov.oneseal.publication;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A publication in the data items of the national 行政许可信息 standard, by their codes (XK_XDR_MC 行政相对人名称 …;
 * src/docs/publication.md has the table): the body pushed to the credit platform. Items OneSeal does not hold (the
 * pre-2015 registration numbers, the legal representative and their ID) are sent as null; a natural person's ID
 * number only masked; 有效期至 of a licence without a time limit as 2099-12-31, the standard's "长期".
 */
@Component
class StandardFields {

  /** 行政许可 in the platform's catalogue of data types. */
  static final String DATA_TYPE = "XZXK";
  static final LocalDate INDEFINITE = LocalDate.of(2099, 12, 31);

  /** The message pushed: its key, the data type, the decision and the record. */
  Map<String, Object> message(String key, Publication p) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("idempotencyKey", key);
    message.put("dataType", DATA_TYPE);
    message.put("action", p.action().name());
    message.put("record", record(p));
    return message;
  }

  Map<String, Object> record(Publication p) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("XK_XDR_MC", p.holderName());
    r.put("XK_XDR_LB", p.holderCategory());
    r.put("XK_XDR_SHXYM", p.creditCode());
    r.put("XK_XDR_GSZC", null);
    r.put("XK_XDR_ZZJG", null);
    r.put("XK_XDR_SWDJ", null);
    r.put("XK_XDR_SYDW", null);
    r.put("XK_XDR_SHZZ", null);
    r.put("XK_FRDB", null);
    r.put("XK_FR_ZJLX", null);
    r.put("XK_FR_ZJHM", null);
    r.put("XK_XDR_ZJLX", p.idType());
    r.put("XK_XDR_ZJHM", p.maskedIdNumber());
    r.put("XK_XKWS", p.documentName());
    r.put("XK_WSH", p.documentNumber());
    r.put("XK_XKLB", p.licenceCategory());
    r.put("XK_XKZS", p.licenceName());
    r.put("XK_XKBH", p.licenceNumber());
    r.put("XK_NR", p.content());
    r.put("XK_JDRQ", p.decidedOn().toString());
    r.put("XK_YXQZ", p.validFrom() == null ? null : p.validFrom().toString());
    r.put("XK_YXQZI", (p.validUntil() == null ? INDEFINITE : p.validUntil()).toString());
    r.put("XK_XKJG", p.issuerName());
    r.put("XK_XKJGDM", p.issuerCreditCode());
    r.put("XK_ZT", p.statusCode());
    r.put("XK_LYDW", p.issuerName());
    r.put("XK_LYDWDM", p.issuerCreditCode());
    r.put("BZ", p.remarks());
    return r;
  }
}
