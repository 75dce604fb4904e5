package cn.gov.oneseal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
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
 * catalogue stops start-up with its list of problems.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

  @Bean
  ItemCatalogue itemCatalogue(ResourceLoader loader, @Value("${oneseal.catalogue.location}") String location,
      @Value("${oneseal.catalogue.processes}") String processes, CatalogueEntries entries,
      PlatformTransactionManager transactions) throws IOException {
    Resource resource = loader.getResource(location);
    if (!resource.exists()) {
      throw new CatalogueException(List.of("事项目录文件不存在: " + location));
    }
    Map<String, JsonNode> file;
    try (InputStream in = resource.getInputStream()) {
      file = CatalogueLoader.entries(CatalogueLoader.parse(in, location), location, processKeys(loader, processes));
    }
    return new ItemCatalogue(new CatalogueSeed(entries, new TransactionTemplate(transactions)).apply(file, location),
        entries);
  }

  private static Set<String> processKeys(ResourceLoader loader, String pattern) throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Resource bpmn : new PathMatchingResourcePatternResolver(loader).getResources(pattern)) {
      try (InputStream in = bpmn.getInputStream()) {
        Bpmn.readModelFromStream(in).getModelElementsByType(Process.class).stream()
            .filter(Process::isExecutable).forEach(p -> keys.add(p.getId()));
      }
    }
    return keys;
  }
}
