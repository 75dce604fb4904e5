package cn.gov.oneseal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A deployment exactly as Camunda Modeler 5 sends it for Camunda 7 (its CamundaAPI.deployDiagram): multipart form
 * data to {@code /engine-rest/deployment/create} with {@code deployment-name}, {@code deployment-source} "Camunda
 * Modeler", {@code enable-duplicate-filtering} true, the optional {@code tenant-id}, and the diagram (and any attached
 * forms) as file parts named after the file; HTTP Basic as the user. {@code deploy-changed-only} as the REST API also
 * takes it.
 */
public final class ModelerDeploy {

  public static final String PASSWORD = "OneSeal-2026";

  private final Map<String, String> files = new LinkedHashMap<>();
  private String name = "OneSeal 模型";
  private String tenant;
  private boolean changedOnly;

  public static ModelerDeploy file(String file, String content) {
    ModelerDeploy deploy = new ModelerDeploy();
    deploy.files.put(file, content);
    return deploy;
  }

  /** A committed file of processes/ or forms/, as it is. */
  public static String committed(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ModelerDeploy and(String file, String content) {
    files.put(file, content);
    return this;
  }

  public ModelerDeploy named(String deploymentName) {
    this.name = deploymentName;
    return this;
  }

  public ModelerDeploy tenant(String tenantId) {
    this.tenant = tenantId;
    return this;
  }

  public ModelerDeploy changedOnly() {
    this.changedOnly = true;
    return this;
  }

  public ResponseEntity<String> as(TestRestTemplate rest, String user) {
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("deployment-name", name);
    body.add("deployment-source", "Camunda Modeler");
    body.add("enable-duplicate-filtering", "true");
    if (changedOnly) {
      body.add("deploy-changed-only", "true");
    }
    if (tenant != null) {
      body.add("tenant-id", tenant);
    }
    files.forEach((file, content) -> {
      HttpHeaders part = new HttpHeaders();
      part.setContentType(file.endsWith(".form") ? MediaType.APPLICATION_OCTET_STREAM : MediaType.TEXT_XML);
      body.add(file, new HttpEntity<>(new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
        @Override
        public String getFilename() {
          return file;
        }
      }, part));
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON));
    return rest.withBasicAuth(user, PASSWORD).postForEntity("/engine-rest/deployment/create",
        new HttpEntity<>(body, headers), String.class);
  }
}
