package cn.gov.oneseal.portal;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The service guide's list of items as written JSON, kept until the catalogue changes on this node
 * ({@link ItemCatalogue#revision()}): the list is read by every visitor of the portal and changes a few times a
 * year, so it is written once per change, not per request (src/docs/benchmark.md, "Scale: 200 items"). Its entity tag
 * is a digest of the JSON, the same on every node that has the same catalogue.
 */
@Component
class ServiceGuideList {

  /** The written list and its entity tag. */
  record Written(long revision, byte[] json, String etag) {}

  private final ItemCatalogue catalogue;
  private final ObjectMapper json;
  private volatile Written written;

  ServiceGuideList(ItemCatalogue catalogue, ObjectMapper json) {
    this.catalogue = catalogue;
    this.json = json;
  }

  /** The list as the catalogue is now, each item as {@code summary} writes it. */
  Written current(Function<ApprovalItem, Map<String, Object>> summary) {
    Written now = written;
    long revision = catalogue.revision();
    if (now == null || now.revision() != revision) {
      List<Map<String, Object>> items = catalogue.all().stream().map(summary).toList();
      try {
        byte[] bytes = json.writeValueAsBytes(items);
        now = new Written(revision, bytes, "\"" + digest(bytes) + "\"");
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("the service guide's list cannot be written", e);
      }
      written = now;
    }
    return now;
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
