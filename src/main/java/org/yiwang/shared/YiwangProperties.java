package org.yiwang.shared;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code yiwang.*} settings. */
@ConfigurationProperties("yiwang")
public record YiwangProperties(Path dataDir, String publicUrl) {

  public YiwangProperties {
    if (dataDir == null) {
      dataDir = Path.of("data");
    }
    dataDir = dataDir.toAbsolutePath().normalize();
    if (publicUrl != null) {
      publicUrl = publicUrl.strip().replaceAll("/+$", "");
      if (publicUrl.isEmpty()) {
        publicUrl = null;
      }
    }
  }

  public Path resolve(String child) {
    return dataDir.resolve(child);
  }
}
