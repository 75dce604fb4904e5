package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnParser;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.DomDocument;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads {@code processes/catalogue.yaml}, checks it against the processes deployed beside it, lets it seed the
 * database's versions ({@link CatalogueSeed}) and serves the current ones — before the engine starts: a broken
 * catalogue, or an item model whose calls of the shared stages lack what their templates fill in ({@link StageCalls}),
 * stops start-up with the whole list of problems.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

  /**
   * Reads the models for the start-up checks without validating them against the BPMN schema: the engine's deployment,
   * right after, parses and validates every model anyway and refuses an invalid one; validating twice cost about a
   * second and a half of a start with 200 items (src/docs/benchmark.md, "Scale: 200 items").
   */
  private static final BpmnParser MODELS = new BpmnParser() {
    @Override
    public void validateModel(DomDocument document) {
      // the deployment validates
    }
  };

  @Bean
  ItemCatalogue itemCatalogue(ResourceLoader loader, @Value("${oneseal.catalogue.location}") String location,
      @Value("${oneseal.catalogue.processes}") String processes, CatalogueEntries entries,
      PlatformTransactionManager transactions) throws IOException {
    Resource resource = loader.getResource(location);
    if (!resource.exists()) {
      throw new CatalogueException(List.of("事项目录文件不存在: " + location));
    }
    List<String> modelProblems = new ArrayList<>();
    Set<String> keys = processKeys(loader, processes, modelProblems);
    Map<String, JsonNode> file;
    try (InputStream in = resource.getInputStream()) {
      file = CatalogueLoader.entries(CatalogueLoader.parse(in, location), location, keys);
    } catch (CatalogueException broken) {
      List<String> all = new ArrayList<>(broken.getProblems());
      all.addAll(modelProblems);
      throw new CatalogueException(all);
    }
    if (!modelProblems.isEmpty()) {
      throw new CatalogueException(modelProblems);
    }
    return new ItemCatalogue(new CatalogueSeed(entries, new TransactionTemplate(transactions)).apply(file, location),
        entries);
  }

  /** The keys of the executable processes, and in {@code problems} what their calls of shared stages lack. */
  private static Set<String> processKeys(ResourceLoader loader, String pattern, List<String> problems)
      throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Resource bpmn : new PathMatchingResourcePatternResolver(loader).getResources(pattern)) {
      BpmnModelInstance model;
      try (InputStream in = bpmn.getInputStream()) {
        model = MODELS.parseModelFromStream(in);
      }
      model.getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable).forEach(p -> keys.add(p.getId()));
      problems.addAll(StageCalls.check(model, bpmn.getFilename()));
    }
    return keys;
  }
}
