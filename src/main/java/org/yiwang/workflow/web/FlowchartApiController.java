package org.yiwang.workflow.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.shared.NotFoundException;
import org.yiwang.workflow.CaseProcesses;

/** The item's public flowchart (API.md), drawn from the process that runs its cases. */
@RestController
class FlowchartApiController {

  private final CaseProcesses processes;

  FlowchartApiController(CaseProcesses processes) {
    this.processes = processes;
  }

  @GetMapping(value = "/api/v1/items/{code}/flowchart.svg", produces = "image/svg+xml")
  ResponseEntity<String> flowchart(@PathVariable String code) {
    String svg =
        processes.flowchartSvg(code).orElseThrow(() -> new NotFoundException("catalog.item.unknown", code));
    return ResponseEntity.ok()
        .contentType(MediaType.valueOf("image/svg+xml;charset=UTF-8"))
        .cacheControl(CacheControl.noCache())
        .body(svg);
  }
}
