package org.yiwang.workflow.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.GraphicInfo;
import org.flowable.bpmn.model.ReceiveTask;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.HandlerRole;
import org.yiwang.catalog.ItemContent.Step;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.workflow.ProcessStep;
import org.yiwang.workflow.StepKind;
import org.yiwang.workflow.WorkTask;

/**
 * The BPMN process of one item version, generated from its steps, with its diagram (DI):
 *
 * <ul>
 *   <li>an on-the-spot item (即办件, promised limit 0) is accepted and decided in one task;
 *   <li>a promised item (承诺件): acceptance (or a one-time correction request, or refusal), then
 *       each review step and special procedure, the decision (grant or deny), and delivery.
 * </ul>
 *
 * Tasks go to the item's department by the step's handler role (candidate group {@code
 * dept:ROLE}); acceptance also to the comprehensive window. The decision is the last step not
 * handled at the window; the steps after it deliver the result.
 */
final class ProcessModels {

  static final String OUTCOME = "outcome";
  /**
   * A transient (never stored) variable a start may carry: the tasks it creates are due then, set
   * as they are inserted instead of by a second command that reads and updates them (P1).
   */
  static final String DUE = "due";
  static final String CORRECTION_WAIT = "waitForCorrection";

  private static final Pattern SPECIAL =
      Pattern.compile("核查|检查|勘察|勘验|评审|评估|论证|鉴定|检验|检测|检疫|听证|公示|公告|招标|拍卖");

  // the diagram: a column of steps, refusals and denials to the right, the correction to the left
  private static final int CENTRE = 300;
  private static final int TASK_WIDTH = 180;
  private static final int TASK_HEIGHT = 60;
  private static final int GATEWAY = 40;
  private static final int EVENT = 36;
  private static final int ROW = 100;
  private static final int SIDE_RIGHT = 500;
  private static final int SIDE_LEFT = 90;
  static final int WIDTH = 600;

  private ProcessModels() {}

  /** The process key of an item version: from its code and version, a valid BPMN id. */
  static String key(String itemCode, int version) {
    return "item_" + itemCode.replaceAll("[^A-Za-z0-9_.-]", "_") + "_v" + version;
  }

  /** Whether a model's tasks take their due date from the start (models built before did not). */
  static boolean setsDueDates(BpmnModel model) {
    return model.getMainProcess().findFlowElementsOfType(UserTask.class).stream().allMatch(t -> t.getDueDate() != null);
  }

  static String group(String departmentCode, HandlerRole role) {
    return departmentCode + ":" + role.name();
  }

  /** The department of a {@link #group}. */
  static String departmentOf(String group) {
    return group.substring(0, group.indexOf(':'));
  }

  /** The handler role of a {@link #group}. */
  static HandlerRole roleOf(String group) {
    return HandlerRole.valueOf(group.substring(group.indexOf(':') + 1));
  }

  /** A task as the platform shows it, its department and role read from its home {@link #group}. */
  static WorkTask workTask(
      String id, String caseId, String name, String kind, String homeGroup, String assignee, Instant created, LocalDate due) {
    return new WorkTask(id, caseId, name, StepKind.valueOf(kind),
        homeGroup == null ? null : departmentOf(homeGroup), homeGroup == null ? null : roleOf(homeGroup), assignee, created, due);
  }

  /** The tasks an item's process will run, in order (no BPMN needed). */
  static List<ProcessStep> steps(ItemContent item) {
    List<Step> steps = item.steps();
    if (item.promisedDays() == 0 || steps.isEmpty()) {
      String name = steps.isEmpty() ? "受理并办结" : steps.get(0).name() + "并当场办结";
      return List.of(new ProcessStep("onTheSpot", name, StepKind.ON_THE_SPOT, HandlerRole.WINDOW));
    }
    int decision = decisionIndex(steps);
    List<ProcessStep> result = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      StepKind kind;
      if (i == 0) {
        kind = StepKind.ACCEPTANCE;
      } else if (i == decision) {
        kind = StepKind.DECISION;
      } else if (i > decision) {
        kind = StepKind.DELIVERY;
      } else if (SPECIAL.matcher(nullToEmpty(step.name())).find()) {
        kind = StepKind.SPECIAL_PROCEDURE;
      } else {
        kind = StepKind.REVIEW;
      }
      HandlerRole role = step.handlerRole() == null ? HandlerRole.APPROVER : step.handlerRole();
      if (i == 0) {
        role = HandlerRole.WINDOW;
      }
      String id = "s" + (i + 1) + "_" + kind.name().toLowerCase();
      result.add(new ProcessStep(id, nullToEmpty(step.name()).isBlank() ? "第" + (i + 1) + "步" : step.name(), kind, role));
    }
    return result;
  }

  // the last step not at the window decides; an item of window steps only decides at its last step
  private static int decisionIndex(List<Step> steps) {
    for (int i = steps.size() - 1; i > 0; i--) {
      if (steps.get(i).handlerRole() != HandlerRole.WINDOW) {
        return i;
      }
    }
    return steps.size() == 1 ? 0 : steps.size() - 1;
  }

  static BpmnModel build(ItemGuide item, String comprehensiveWindow) {
    var process = new org.flowable.bpmn.model.Process();
    process.setId(key(item.code(), item.version()));
    process.setName(item.content().name());
    process.setExecutable(true);
    var model = new BpmnModel();
    model.addProcess(process);
    model.setTargetNamespace("https://yiwang.gov.cn/bpmn");
    var builder = new Builder(model, process);

    int y = 20;
    var start = new StartEvent();
    start.setId("submitted");
    start.setName("提交申请");
    builder.add(start, CENTRE - EVENT / 2, y, EVENT, EVENT);
    String previous = start.getId();
    y += ROW - 30;

    for (ProcessStep step : steps(item.content())) {
      var task = new UserTask();
      task.setId(step.id());
      task.setName(step.name());
      task.setCategory(step.kind().name());
      List<String> groups = new ArrayList<>();
      groups.add(group(item.departmentCode(), step.role()));
      boolean firstDecision = step.kind() == StepKind.ACCEPTANCE || step.kind() == StepKind.ON_THE_SPOT;
      if (firstDecision && comprehensiveWindow != null && !comprehensiveWindow.equals(item.departmentCode())) {
        groups.add(group(comprehensiveWindow, HandlerRole.WINDOW));
      }
      task.setCandidateGroups(groups);
      task.setFormKey(groups.get(0));
      // the due date the start or the completion that creates the task passes (none when absent)
      task.setDueDate("${execution.getTransientVariable('" + DUE + "')}");
      builder.add(task, CENTRE - TASK_WIDTH / 2, y, TASK_WIDTH, TASK_HEIGHT);
      builder.flow(previous, task.getId(), null, null);
      int taskTop = y;
      y += TASK_HEIGHT + 30;
      previous = task.getId();

      if (firstDecision || step.kind() == StepKind.DECISION) {
        var gateway = new ExclusiveGateway();
        gateway.setId(step.id() + "_outcome");
        gateway.setName(firstDecision ? "是否受理" : "是否准予");
        builder.add(gateway, CENTRE - GATEWAY / 2, y, GATEWAY, GATEWAY);
        builder.flow(previous, gateway.getId(), null, null);
        int gatewayMiddle = y + GATEWAY / 2;
        if (firstDecision) {
          // refusal to accept ends the case (不予受理)
          var refused = end(builder, step.id() + "_refused", "不予受理", SIDE_RIGHT, gatewayMiddle);
          builder.flow(gateway.getId(), refused, "REFUSE", "不予受理");
          // a one-time correction request waits for the applicant, then acceptance again
          var wait = new ReceiveTask();
          wait.setId(CORRECTION_WAIT);
          wait.setName("申请人补正");
          builder.add(wait, SIDE_LEFT - 70, gatewayMiddle - TASK_HEIGHT / 2, 140, TASK_HEIGHT);
          builder.flow(gateway.getId(), wait.getId(), "REQUEST_CORRECTION", "补正");
          builder.flowVia(wait.getId(), task.getId(), SIDE_LEFT, taskTop + TASK_HEIGHT / 2, CENTRE - TASK_WIDTH / 2);
        }
        if (step.kind() == StepKind.DECISION || step.kind() == StepKind.ON_THE_SPOT) {
          boolean belowRefusal = step.kind() == StepKind.ON_THE_SPOT;
          var denied =
              end(builder, step.id() + "_denied", "不予许可", belowRefusal ? SIDE_RIGHT - 90 : SIDE_RIGHT,
                  belowRefusal ? gatewayMiddle + 70 : gatewayMiddle);
          builder.flow(gateway.getId(), denied, "DENY", "不予许可");
        }
        previous = gateway.getId();
        builder.defaultFlowNext(gateway, firstDecision && step.kind() != StepKind.ON_THE_SPOT ? "受理" : "准予");
        y += GATEWAY + 40;
      }
    }
    var completed = new EndEvent();
    completed.setId("completed");
    completed.setName("办结");
    builder.add(completed, CENTRE - EVENT / 2, y, EVENT, EVENT);
    builder.flow(previous, completed.getId(), null, null);
    return model;
  }

  private static String end(Builder builder, String id, String name, int centreX, int centreY) {
    var end = new EndEvent();
    end.setId(id);
    end.setName(name);
    builder.add(end, centreX - EVENT / 2, centreY - EVENT / 2, EVENT, EVENT);
    return id;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** Adds elements and flows with their diagram positions. */
  private static final class Builder {
    private final BpmnModel model;
    private final org.flowable.bpmn.model.Process process;
    private int flows;
    private ExclusiveGateway pendingDefault;
    private String pendingDefaultName;

    Builder(BpmnModel model, org.flowable.bpmn.model.Process process) {
      this.model = model;
      this.process = process;
    }

    void add(FlowElement element, int x, int y, int width, int height) {
      process.addFlowElement(element);
      model.addGraphicInfo(element.getId(), new GraphicInfo(x, y, height, width));
    }

    /**
     * A flow between two elements; the one leaving a gateway under an outcome carries its condition.
     * A pending default (the gateway's "otherwise") is attached to the next flow leaving it.
     */
    SequenceFlow flow(String from, String to, String outcome, String name) {
      var flow = new SequenceFlow(from, to);
      flow.setId("flow" + (++flows));
      if (outcome != null) {
        flow.setConditionExpression("${" + OUTCOME + " == '" + outcome + "'}");
      }
      if (pendingDefault != null && pendingDefault.getId().equals(from) && outcome == null) {
        pendingDefault.setDefaultFlow(flow.getId());
        flow.setName(pendingDefaultName);
        pendingDefault = null;
      } else {
        flow.setName(name);
      }
      process.addFlowElement(flow);
      model.addFlowGraphicInfoList(flow.getId(), waypoints(from, to));
      return flow;
    }

    /** A flow back up into a task's side (the correction loop). */
    void flowVia(String from, String to, int x, int y, int enterX) {
      var flow = new SequenceFlow(from, to);
      flow.setId("flow" + (++flows));
      flow.setName("补正后重新受理");
      process.addFlowElement(flow);
      GraphicInfo source = model.getGraphicInfo(from);
      model.addFlowGraphicInfoList(
          flow.getId(),
          List.of(point(x, source.getY()), point(x, y), point(enterX, y)));
    }

    void defaultFlowNext(ExclusiveGateway gateway, String name) {
      pendingDefault = gateway;
      pendingDefaultName = name;
    }

    private List<GraphicInfo> waypoints(String from, String to) {
      GraphicInfo a = model.getGraphicInfo(from);
      GraphicInfo b = model.getGraphicInfo(to);
      double ax = a.getX() + a.getWidth() / 2;
      double bx = b.getX() + b.getWidth() / 2;
      if (Math.abs(ax - bx) < 1) {
        // straight down the column
        return List.of(point(ax, a.getY() + a.getHeight()), point(bx, b.getY()));
      }
      // sideways out of a gateway to a side element
      double ay = a.getY() + a.getHeight() / 2;
      double exitX = bx > ax ? a.getX() + a.getWidth() : a.getX();
      double enterX = bx > ax ? b.getX() : b.getX() + b.getWidth();
      double by = b.getY() + b.getHeight() / 2;
      if (Math.abs(ay - by) < 1) {
        return List.of(point(exitX, ay), point(enterX, by));
      }
      return List.of(point(exitX, ay), point(bx, ay), point(bx, b.getY()));
    }

    private static GraphicInfo point(double x, double y) {
      var info = new GraphicInfo();
      info.setX(x);
      info.setY(y);
      return info;
    }
  }
}
