package cn.gov.oneseal.portal;

import cn.gov.oneseal.casefile.FileTypes;
import cn.gov.oneseal.casefile.Sha256;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.Material;
import cn.gov.oneseal.form.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * One material file of an applicant's request, checked: PDF, JPEG or PNG (the declared type must match the
 * file's first bytes), not empty, at most {@value #MAX_MB} MB, a file name of at most 200 characters.
 */
public record UploadedFile(String materialCode, String materialName, String fileName, String contentType,
    byte[] content, String sha256) {

  static final int MAX_MB = 20;
  static final long MAX_BYTES = MAX_MB * 1024L * 1024L;

  /**
   * The material files of a request (one part per material, named by its code), in the order of their codes;
   * a part that is not a material of the item, or a file refused, adds its field error to {@code errors}.
   */
  static List<UploadedFile> ofParts(ApprovalItem item, Map<String, MultipartFile> parts, List<FieldError> errors) {
    List<UploadedFile> accepted = new ArrayList<>();
    for (Map.Entry<String, MultipartFile> part : new TreeMap<>(parts).entrySet()) {
      String field = "files." + part.getKey();
      Material material = item.material(part.getKey()).orElse(null);
      if (material == null) {
        errors.add(new FieldError(field, "UNKNOWN_MATERIAL", "文件部分 " + part.getKey() + " 不是本事项的材料编码（可用："
            + String.join("、", item.materials().stream().map(Material::code).toList()) + "）"));
        continue;
      }
      Result result = of(field, material.code(), material.name(), part.getValue());
      result.accepted().ifPresentOrElse(accepted::add, () -> errors.add(result.error()));
    }
    return accepted;
  }

  /** The file of a material, or the field error that refuses it. */
  static Result of(String field, String materialCode, String materialName, MultipartFile file) {
    if (file.isEmpty()) {
      return Result.error(new FieldError(field, "EMPTY_FILE", "材料文件为空，请重新上传"));
    }
    if (file.getSize() > MAX_BYTES) {
      return Result.error(new FieldError(field, "TOO_LARGE", "单个材料文件不得超过 " + MAX_MB + " MB"));
    }
    String type = FileTypes.normalised(file.getContentType());
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!FileTypes.matches(type, content)) {
      return Result.error(new FieldError(field, "INVALID_TYPE",
          "材料文件只能是 PDF、JPEG 或 PNG（声明的类型须与文件内容一致）"));
    }
    String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
        ? materialCode : file.getOriginalFilename().strip();
    if (name.length() > 200) {
      return Result.error(new FieldError(field, "TOO_LONG", "文件名不得超过 200 个字符"));
    }
    return new Result(new UploadedFile(materialCode, materialName, name, type, content, Sha256.hex(content)), null);
  }

  /** A checked file or why it was refused. */
  record Result(UploadedFile file, FieldError error) {
    static Result error(FieldError error) {
      return new Result(null, error);
    }

    Optional<UploadedFile> accepted() {
      return Optional.ofNullable(file);
    }
  }
}
