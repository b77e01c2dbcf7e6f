package org.yiwang.catalog.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import java.nio.charset.StandardCharsets;
import org.yiwang.catalog.ServiceCatalog;
import org.yiwang.shared.NotFoundException;
import org.yiwang.shared.web.PageController;

/** Downloads of a published item's blank forms, sample texts and result samples. */
@PageController
class CatalogFileController {

  private final ServiceCatalog catalog;

  CatalogFileController(ServiceCatalog catalog) {
    this.catalog = catalog;
  }

  @GetMapping("/items/{code}/files/{fileId}")
  ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String fileId) {
    var file =
        catalog
            .publishedFile(code, fileId)
            .orElseThrow(() -> new NotFoundException("catalog.file.unknown"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.ref().contentType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(file.ref().name(), StandardCharsets.UTF_8)
                .build()
                .toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.bytes());
  }
}
