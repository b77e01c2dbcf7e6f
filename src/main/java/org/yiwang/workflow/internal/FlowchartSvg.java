package org.yiwang.workflow.internal;

import java.util.List;
import java.util.stream.Collectors;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.springframework.web.util.HtmlUtils;
import org.yiwang.workflow.StepKind;

/**
 * Draws a process's diagram (its DI) as accessible SVG: the public flowchart is the process that
 * runs the case, so the two cannot diverge. Flowable's own image generator draws no SVG and needs
 * a CJK font on the server; this one leaves the font to the reader's browser.
 */
final class FlowchartSvg {

  private static final String INK = "#1f3a5f";

  private FlowchartSvg() {}

  static String draw(BpmnModel model, String title) {
    var process = model.getMainProcess();
    double height = 0;
    for (FlowElement element : process.getFlowElements()) {
      GraphicInfo info = model.getGraphicInfo(element.getId());
      if (info != null) {
        height = Math.max(height, info.getY() + info.getHeight());
      }
    }
    int top = 40;
    int h = (int) height + top + 50;
    int w = ProcessModels.WIDTH;
    var svg = new StringBuilder();
    svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-labelledby=\"fc-title fc-desc\" font-family=\"'WenQuanYi Micro Hei','Noto Sans CJK SC','Microsoft YaHei',sans-serif\">"
                .formatted(w, h, w, h))
        .append("<title id=\"fc-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"fc-desc\">").append(escape(describe(model))).append("</desc>")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + INK + "\"/></marker></defs>")
        .append("<text x=\"%d\" y=\"26\" text-anchor=\"middle\" font-size=\"18\" font-weight=\"bold\" fill=\"%s\">%s</text>"
            .formatted(w / 2, INK, escape(title)))
        .append("<g transform=\"translate(0,").append(top).append(")\">");
    for (SequenceFlow flow : process.findFlowElementsOfType(SequenceFlow.class)) {
      flow(svg, flow, model.getFlowLocationGraphicInfo(flow.getId()));
    }
    for (FlowElement element : process.getFlowElements()) {
      GraphicInfo info = model.getGraphicInfo(element.getId());
      if (info == null || element instanceof SequenceFlow) {
        continue;
      }
      if (element instanceof StartEvent || element instanceof EndEvent) {
        event(svg, element, info);
      } else if (element instanceof ExclusiveGateway) {
        gateway(svg, element, info);
      } else {
        task(svg, element, info);
      }
    }
    return svg.append("</g></svg>").toString();
  }

  /** The main path in words, for screen readers and as the flowchart's description. */
  static String describe(BpmnModel model) {
    List<String> names =
        model.getMainProcess().findFlowElementsOfType(UserTask.class).stream()
            .map(FlowElement::getName)
            .collect(Collectors.toList());
    return "提交申请 → " + String.join(" → ", names) + " → 办结；材料不全的一次性告知补正，补正后重新受理；不符合条件的不予受理或不予许可。";
  }

  private static void event(StringBuilder svg, FlowElement element, GraphicInfo info) {
    double r = info.getWidth() / 2;
    double cx = info.getX() + r;
    double cy = info.getY() + r;
    boolean end = element instanceof EndEvent;
    svg.append("<circle cx=\"%.0f\" cy=\"%.0f\" r=\"%.0f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"%d\"/>"
        .formatted(cx, cy, r, end ? "#e8f0fa" : "#ffffff", INK, end ? 4 : 2));
    svg.append("<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" font-size=\"14\" fill=\"#111\">%s</text>"
        .formatted(cx, info.getY() + info.getHeight() + 18, escape(element.getName())));
  }

  private static void gateway(StringBuilder svg, FlowElement element, GraphicInfo info) {
    double cx = info.getX() + info.getWidth() / 2;
    double cy = info.getY() + info.getHeight() / 2;
    double r = info.getWidth() / 2;
    svg.append("<polygon points=\"%.0f,%.0f %.0f,%.0f %.0f,%.0f %.0f,%.0f\" fill=\"#fff8e1\" stroke=\"%s\" stroke-width=\"2\"/>"
        .formatted(cx, cy - r, cx + r, cy, cx, cy + r, cx - r, cy, INK));
    svg.append("<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" font-size=\"13\" fill=\"#333\">%s</text>"
        .formatted(cx - r - 42, cy - 4, escape(element.getName())));
  }

  private static void task(StringBuilder svg, FlowElement element, GraphicInfo info) {
    svg.append("<rect x=\"%.0f\" y=\"%.0f\" width=\"%.0f\" height=\"%.0f\" rx=\"8\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2\"/>"
        .formatted(info.getX(), info.getY(), info.getWidth(), info.getHeight(), INK));
    double cx = info.getX() + info.getWidth() / 2;
    svg.append("<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\" fill=\"#111\">%s</text>"
        .formatted(cx, info.getY() + 26, escape(element.getName())));
    String detail = detail(element);
    if (!detail.isEmpty()) {
      svg.append("<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" font-size=\"12\" fill=\"#333\">%s</text>"
          .formatted(cx, info.getY() + 46, escape(detail)));
    }
  }

  private static String detail(FlowElement element) {
    if (!(element instanceof UserTask task) || task.getCategory() == null) {
      return "申请人";
    }
    String who = task.getCandidateGroups().isEmpty() ? "" : role(task.getCandidateGroups().get(0));
    return switch (StepKind.valueOf(task.getCategory())) {
      case SPECIAL_PROCEDURE -> who + " · 不计入审批时限";
      case ACCEPTANCE -> who + " · 5个工作日内";
      default -> who;
    };
  }

  private static String role(String group) {
    String role = group.substring(group.indexOf(':') + 1);
    return switch (role) {
      case "WINDOW" -> "窗口人员";
      case "APPROVER" -> "审批人员";
      case "SUPERVISOR" -> "负责人";
      default -> "经办人";
    };
  }

  private static void flow(StringBuilder svg, SequenceFlow flow, List<GraphicInfo> points) {
    if (points == null || points.size() < 2) {
      return;
    }
    String path =
        points.stream().map(p -> "%.0f,%.0f".formatted(p.getX(), p.getY())).collect(Collectors.joining(" "));
    svg.append("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>"
        .formatted(path, INK));
    if (flow.getName() != null && !flow.getName().isBlank()) {
      GraphicInfo a = points.get(0);
      GraphicInfo b = points.get(1);
      boolean vertical = Math.abs(a.getX() - b.getX()) < 1;
      double x = vertical ? a.getX() + 8 : (a.getX() + b.getX()) / 2;
      double y = vertical ? (a.getY() + b.getY()) / 2 + 4 : a.getY() - 6;
      svg.append("<text x=\"%.0f\" y=\"%.0f\" text-anchor=\"%s\" font-size=\"12\" fill=\"#555\">%s</text>"
          .formatted(x, y, vertical ? "start" : "middle", escape(flow.getName())));
    }
  }

  private static String escape(String s) {
    return HtmlUtils.htmlEscape(s == null ? "" : s);
  }
}
