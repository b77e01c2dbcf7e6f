package org.yiwang.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.util.io.BytesStreamSource;
import org.junit.jupiter.api.Test;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.HandlerRole;
import org.yiwang.catalog.ItemContent.Step;
import org.yiwang.catalog.ItemGuide;
import org.yiwang.catalog.VersionStatus;
import org.yiwang.workflow.ProcessStep;
import org.yiwang.workflow.StepKind;

/** The process generated from an item's steps: its tasks, their kinds and roles, its diagram. */
class ProcessModelsTests {

  static ItemContent item(int promisedDays, Step... steps) {
    return new ItemContent(
        "公共场所卫生许可", null, org.yiwang.catalog.ItemType.ADMINISTRATIVE_LICENSE, null, List.of(), null, List.of(), List.of(),
        List.of(steps), 20, promisedDays, List.of(), null, null, null, null, null, null, 0, false, false, false,
        false, false, null, false, "公共场所卫生许可流程图", null, null);
  }

  static Step step(String name, HandlerRole role) {
    return new Step(name, role, 1, null);
  }

  static final ItemContent PROMISED =
      item(5,
          step("受理", HandlerRole.WINDOW), step("现场核查", HandlerRole.APPROVER), step("审查", HandlerRole.APPROVER),
          step("决定", HandlerRole.SUPERVISOR), step("办结", HandlerRole.WINDOW));

  @Test
  void aPromisedItemIsAcceptedReviewedDecidedAndDelivered() {
    assertThat(ProcessModels.steps(PROMISED))
        .extracting(ProcessStep::name, ProcessStep::kind, ProcessStep::role)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("受理", StepKind.ACCEPTANCE, HandlerRole.WINDOW),
            org.assertj.core.groups.Tuple.tuple("现场核查", StepKind.SPECIAL_PROCEDURE, HandlerRole.APPROVER),
            org.assertj.core.groups.Tuple.tuple("审查", StepKind.REVIEW, HandlerRole.APPROVER),
            org.assertj.core.groups.Tuple.tuple("决定", StepKind.DECISION, HandlerRole.SUPERVISOR),
            org.assertj.core.groups.Tuple.tuple("办结", StepKind.DELIVERY, HandlerRole.WINDOW));
  }

  @Test
  void anOnTheSpotItemIsOneTask() {
    var steps = ProcessModels.steps(item(0, step("受理", HandlerRole.WINDOW), step("办结", HandlerRole.WINDOW)));
    assertThat(steps).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(StepKind.ON_THE_SPOT);
      assertThat(s.kind().actions()).hasSize(4);
    });
  }

  @Test
  void anItemOfWindowStepsOnlyDecidesAtItsLastStep() {
    var steps = ProcessModels.steps(item(3, step("受理", HandlerRole.WINDOW), step("办结", HandlerRole.WINDOW)));
    assertThat(steps).extracting(ProcessStep::kind).containsExactly(StepKind.ACCEPTANCE, StepKind.DECISION);
  }

  @Test
  void theModelIsValidBpmnWithADiagramForEveryElementAndGroupsByDepartment() {
    var guide = new ItemGuide("210800-WJW-XK-0002", "wjw", "营口市卫生健康委员会", 3, VersionStatus.PUBLISHED, OffsetDateTime.now(), PROMISED);
    BpmnModel model = ProcessModels.build(guide, "yshj");
    byte[] xml = new BpmnXMLConverter().convertToXML(model);
    BpmnModel parsed = new BpmnXMLConverter().convertToBpmnModel(new BytesStreamSource(xml), true, false);
    var process = parsed.getMainProcess();
    assertThat(process.getId()).isEqualTo("item_210800-WJW-XK-0002_v3");
    for (var element : process.getFlowElements()) {
      if (element instanceof FlowNode) {
        assertThat(parsed.getGraphicInfo(element.getId())).as("shape of %s", element.getId()).isNotNull();
      } else if (element instanceof SequenceFlow) {
        assertThat(parsed.getFlowLocationGraphicInfo(element.getId())).as("edge of %s", element.getId()).hasSizeGreaterThanOrEqualTo(2);
      }
    }
    List<UserTask> tasks = process.findFlowElementsOfType(UserTask.class);
    assertThat(tasks).extracting(UserTask::getName).containsExactly("受理", "现场核查", "审查", "决定", "办结");
    assertThat(tasks.get(0).getCandidateGroups()).containsExactly("wjw:WINDOW", "yshj:WINDOW");
    assertThat(tasks.get(3).getCandidateGroups()).containsExactly("wjw:SUPERVISOR");
    // each task takes its due date from the start that creates it; a model without is redeployed
    assertThat(ProcessModels.setsDueDates(parsed)).isTrue();
    tasks.get(2).setDueDate(null);
    assertThat(ProcessModels.setsDueDates(parsed)).as("a model an older release deployed").isFalse();
    String svg = FlowchartSvg.draw(parsed, "公共场所卫生许可流程图");
    assertThat(svg).startsWith("<svg").contains("<title id=\"fc-title\">公共场所卫生许可流程图</title>", "不计入审批时限", "不予受理", "申请人补正");
    assertThat(new String(xml, StandardCharsets.UTF_8)).contains("bpmndi:BPMNShape");
  }
}
