package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A changed catalogue file meets the database's versions: what the file changed since the database last took it
 * (against the file's entry then) is taken over the current version, field by field (an object such as
 * {@code stageLimits} key by key); what the file left alone keeps the current version's value, an analyst's change
 * through the API included.
 */
final class EntryMerge {

  private EntryMerge() {}

  /** {@code current} with what {@code file} changed against {@code before} (the file's entry last taken). */
  static JsonNode merge(JsonNode before, JsonNode current, JsonNode file) {
    if (file == null || file.equals(before)) {
      return current;
    }
    if (!(file instanceof ObjectNode fileObject) || !(before instanceof ObjectNode beforeObject)
        || !(current instanceof ObjectNode currentObject)) {
      return file;
    }
    ObjectNode merged = currentObject.deepCopy();
    Set<String> keys = new LinkedHashSet<>();
    fileObject.fieldNames().forEachRemaining(keys::add);
    beforeObject.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      JsonNode was = beforeObject.get(key);
      JsonNode is = fileObject.get(key);
      if (is == null) {
        // the file dropped the field
        merged.remove(key);
      } else if (!is.equals(was)) {
        merged.set(key, merge(was, currentObject.get(key), is));
      }
    }
    return merged;
  }

  /** The fields the file changed that the current version had changed too (the file's value is taken). */
  static Set<String> overridden(JsonNode before, JsonNode current, JsonNode file) {
    Set<String> keys = new LinkedHashSet<>();
    if (before == null || file == null || current == null) {
      return keys;
    }
    file.fieldNames().forEachRemaining(keys::add);
    keys.removeIf(key -> java.util.Objects.equals(file.get(key), before.get(key))
        || java.util.Objects.equals(current.get(key), before.get(key))
        || java.util.Objects.equals(current.get(key), file.get(key)));
    return keys;
  }
}
