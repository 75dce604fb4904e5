package cn.gov.oneseal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** OneSeal 一颗印章: the workflow system of a city administrative approval service bureau. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OneSealApplication {

  public static void main(String[] args) {
    SpringApplication.run(OneSealApplication.class, args);
  }
}
