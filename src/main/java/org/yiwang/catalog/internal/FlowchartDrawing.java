package org.yiwang.catalog.internal;

import java.util.List;
import org.springframework.web.util.HtmlUtils;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.Step;

/**
 * The item's flowchart as SVG, drawn from its steps: application, each step with who handles it
 * and its time limit, then the result. Accessible: the title and a text description are part of
 * the image. (The workflow module will draw this from the process definition that runs the case.)
 */
final class FlowchartDrawing {

  private static final int WIDTH = 360;
  private static final int BOX_WIDTH = 260;
  private static final int BOX_HEIGHT = 56;
  private static final int GAP = 34;
  private static final int TOP = 56;

  private FlowchartDrawing() {}

  static String draw(ItemContent item) {
    List<Step> steps = item.steps();
    String title = item.flowchartTitle() == null || item.flowchartTitle().isBlank()
        ? item.name() + "流程图"
        : item.flowchartTitle();
    int nodes = steps.size() + 2;
    int height = TOP + nodes * BOX_HEIGHT + (nodes - 1) * GAP + 20;
    var svg = new StringBuilder();
    svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-labelledby=\"fc-title fc-desc\" font-family=\"'WenQuanYi Micro Hei','Noto Sans CJK SC','Microsoft YaHei',sans-serif\">"
                .formatted(WIDTH, height, WIDTH, height))
        .append("<title id=\"fc-title\">").append(escape(title)).append("</title>")
        .append("<desc id=\"fc-desc\">").append(escape(describe(item))).append("</desc>")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#1f3a5f\"/></marker></defs>")
        .append("<text x=\"%d\" y=\"30\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\" fill=\"#1f3a5f\">%s</text>"
            .formatted(WIDTH / 2, escape(title)));
    int y = TOP;
    y = node(svg, y, "申请", "申请人提交申请", true);
    for (Step step : steps) {
      arrow(svg, y);
      y += GAP;
      String detail = role(step.handlerRole()) + (step.days() > 0 ? " · " + step.days() + "个工作日" : " · 即时");
      y = node(svg, y, step.name(), detail, false);
    }
    arrow(svg, y);
    y += GAP;
    String result = item.result() == null || item.result().name() == null ? "办理结果" : item.result().name();
    node(svg, y, "办结", "送达：" + result, true);
    return svg.append("</svg>").toString();
  }

  private static int node(StringBuilder svg, int y, String name, String detail, boolean terminal) {
    int x = (WIDTH - BOX_WIDTH) / 2;
    svg.append(
        "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"%d\" fill=\"%s\" stroke=\"#1f3a5f\" stroke-width=\"2\"/>"
            .formatted(x, y, BOX_WIDTH, BOX_HEIGHT, terminal ? 28 : 6, terminal ? "#e8f0fa" : "#ffffff"));
    svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\" fill=\"#111\">%s</text>"
        .formatted(WIDTH / 2, y + 24, escape(name)));
    svg.append("<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\" fill=\"#333\">%s</text>"
        .formatted(WIDTH / 2, y + 44, escape(detail)));
    return y + BOX_HEIGHT;
  }

  private static void arrow(StringBuilder svg, int y) {
    svg.append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#1f3a5f\" stroke-width=\"2\" marker-end=\"url(#arrow)\"/>"
        .formatted(WIDTH / 2, y, WIDTH / 2, y + GAP - 2));
  }

  private static String describe(ItemContent item) {
    var text = new StringBuilder("申请");
    for (Step step : item.steps()) {
      text.append(" → ").append(step.name());
    }
    return text.append(" → 办结").toString();
  }

  private static String role(ItemContent.HandlerRole role) {
    if (role == null) {
      return "经办人";
    }
    return switch (role) {
      case WINDOW -> "窗口人员";
      case APPROVER -> "审批人员";
      case SUPERVISOR -> "监管人员";
    };
  }

  private static String escape(String s) {
    return HtmlUtils.htmlEscape(s == null ? "" : s);
  }
}
