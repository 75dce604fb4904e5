package cn.gov.oneseal.catalogue;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

  @Bean
  ItemCatalogue itemCatalogue(ResourceLoader loader, @Value("${oneseal.catalogue.location}") String location)
      throws IOException {
    Resource resource = loader.getResource(location);
    if (!resource.exists()) {
      throw new CatalogueException(java.util.List.of("事项目录文件不存在: " + location));
    }
    try (InputStream in = resource.getInputStream()) {
      return CatalogueLoader.read(in, location);
    }
  }
}
