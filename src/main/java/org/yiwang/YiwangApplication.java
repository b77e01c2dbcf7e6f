package org.yiwang;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Yiwang (一网): the integrated online government-services platform. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class YiwangApplication {

  public static void main(String[] args) {
    SpringApplication.run(YiwangApplication.class, args);
  }
}
