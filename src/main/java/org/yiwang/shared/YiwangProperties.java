package org.yiwang.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code yiwang.*} settings. */
@ConfigurationProperties("yiwang")
public record YiwangProperties(Path dataDir) {

  public YiwangProperties {
    if (dataDir == null) {
      dataDir = Path.of("data");
    }
    dataDir = dataDir.toAbsolutePath().normalize();
  }

  public Path resolve(String child) {
    return dataDir.resolve(child);
  }
}
