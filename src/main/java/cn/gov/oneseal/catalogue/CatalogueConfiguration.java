package cn.gov.oneseal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
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

/**
 * Loads {@code processes/catalogue.yaml} and checks it against the processes deployed beside it,
 * before the engine starts: a broken catalogue stops start-up with its list of problems.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

  @Bean
  ItemCatalogue itemCatalogue(ResourceLoader loader, @Value("${oneseal.catalogue.location}") String location,
      @Value("${oneseal.catalogue.processes}") String processes) throws IOException {
    Resource resource = loader.getResource(location);
    if (!resource.exists()) {
      throw new CatalogueException(List.of("事项目录文件不存在: " + location));
    }
    try (InputStream in = resource.getInputStream()) {
      return CatalogueLoader.read(in, location, processKeys(loader, processes));
    }
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
