package cn.gov.oneseal.catalogueadmin;

import cn.gov.oneseal.catalogue.CatalogueEditing;
import cn.gov.oneseal.catalogue.CatalogueEntries.Row;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/** One version of an item as the API shows it: who changed what and when, and the four parts an analyst edits. */
@Schema(name = "CatalogueVersion", title = "事项目录的一个版本")
record CatalogueVersionView(
    @Schema(description = "事项编码", example = "FoodBusinessLicence") String code,
    @Schema(description = "事项名称", example = "食品经营许可") String name,
    @Schema(description = "办件类型（只读）", example = "PROMISE") String type,
    @Schema(description = "法定时限，工作日（只读）", example = "10") int statutoryLimit,
    @Schema(description = "版本号，每次修改加一", example = "2") int version,
    @Schema(description = "来源：FILE（事项目录文件）或 API（目录维护接口）", example = "API") String source,
    @Schema(description = "来源的中文名", example = "目录维护接口") String sourceLabel,
    @Schema(description = "修改人（system 为载入事项目录文件）", example = "analyst1") String changedBy,
    @Schema(description = "修改时间") OffsetDateTime changedAt,
    @Schema(description = "改了什么", example = "承诺时限 6 → 8 个工作日") String changes,
    @Schema(description = "可修改的四项，格式同事项目录文件：promisedLimit、stageLimits、materials、deficiency；"
        + "PUT 时原样提交（可改其中的值）") JsonNode editable) {

  static CatalogueVersionView of(Row row) {
    JsonNode entry = row.entry();
    ObjectNode editable = JsonNodeFactory.instance.objectNode();
    for (String part : CatalogueEditing.EDITABLE) {
      if (entry.has(part)) {
        editable.set(part, entry.get(part));
      }
    }
    return new CatalogueVersionView(row.code(), entry.path("name").asText(), entry.path("type").asText(),
        entry.path("statutoryLimit").asInt(), row.version(), row.source().name(), row.source().label(), row.changedBy(),
        row.changedAt(), row.changes(), editable);
  }
}
