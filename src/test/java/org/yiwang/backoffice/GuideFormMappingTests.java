package org.yiwang.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.Option;
import org.yiwang.catalog.ItemContent.Question;
import org.yiwang.catalog.ItemContent.Situation;
import org.yiwang.catalog.ItemContent.SituationGuide;
import org.yiwang.catalog.ItemType;
import org.yiwang.catalog.OnlineDepth;

class GuideFormMappingTests {

  private static final SituationGuide GUIDE =
      new SituationGuide(
          "kind",
          List.of(
              new Question("kind", "首次申请吗？", List.of(new Option("是", null, "new"), new Option("否", "held", null))),
              new Question("held", "办理什么？", List.of(new Option("变更", null, "change"), new Option("注销", null, "cancel")))));

  private static ItemContent draft(String... codes) {
    List<Situation> situations =
        java.util.Arrays.stream(codes).map(c -> new Situation(c, "情形" + c, null, List.of())).toList();
    return new ItemContent(
        "事项", null, ItemType.PUBLIC_SERVICE, "科室", null, "条件", null, situations, null, 5, 5, null,
        "地点", "时间", null, null, null, OnlineDepth.FULLY_ONLINE, 0, true, false, false, false, true, null,
        true, null, null, null);
  }

  private static GuideForm.OptionRow option(String label, String next, String situation) {
    var row = new GuideForm.OptionRow();
    row.setLabel(label);
    row.setNext(next);
    row.setSituation(situation);
    return row;
  }

  @Test
  void aGuideMakesTheSameGuideThroughTheForm() {
    assertThat(GuideFormMapping.toGuide(GuideFormMapping.toForm(GUIDE)).guide()).isEqualTo(GUIDE);
  }

  @Test
  void noGuideGivesOneEmptyQuestionToFillIn() {
    GuideForm form = GuideFormMapping.toForm(null);
    assertThat(form.getQuestions()).hasSize(1);
    assertThat(form.getQuestions().get(0).getOptions()).hasSize(2);
  }

  @Test
  void removedAndEmptyRowsAreLeftOut() {
    GuideForm form = GuideFormMapping.toForm(GUIDE);
    form.getQuestions().add(0, GuideForm.QuestionRow.blank()); // empty: ignored
    form.getQuestions().get(1).getOptions().add(0, option("旧回答", "kind", null));
    form.getQuestions().get(1).getOptions().get(0).setRemove(true);
    form.getQuestions().get(1).getOptions().add(new GuideForm.OptionRow()); // empty: ignored
    assertThat(GuideFormMapping.toGuide(form).guide()).isEqualTo(GUIDE);
  }

  @Test
  void problemsGoOnTheFormRowsTheyCameFrom() {
    GuideForm form = GuideFormMapping.toForm(GUIDE);
    form.getQuestions().add(0, GuideForm.QuestionRow.blank());
    form.getQuestions().get(2).getOptions().add(0, option("删掉的", null, "new"));
    form.getQuestions().get(2).getOptions().get(0).setRemove(true);
    form.getQuestions().get(2).getOptions().get(2).setSituation("gone"); // guide: questions[1].options[1]
    var errors = new BeanPropertyBindingResult(form, "form");

    SituationGuide guide = GuideFormMapping.validate(form, draft("new", "change", "cancel"), errors);

    assertThat(guide).isNull();
    assertThat(errors.getFieldErrors())
        .extracting(FieldError::getField, FieldError::getCode)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("questions[2].options[2].situation", "situationGuide.option.situation.unknown"));
    assertThat(errors.getFieldError().getArguments()).containsExactly("gone");
  }

  @Test
  void aSoundFormGivesItsGuideAndNoErrors() {
    var errors = new BeanPropertyBindingResult(GuideFormMapping.toForm(GUIDE), "form");
    assertThat(GuideFormMapping.validate(GuideFormMapping.toForm(GUIDE), draft("new", "change", "cancel"), errors))
        .isEqualTo(GUIDE);
    assertThat(errors.hasErrors()).isFalse();
  }

  @Test
  void aGuideWithoutQuestionsIsAGlobalError() {
    GuideForm form = new GuideForm();
    var errors = new BeanPropertyBindingResult(form, "form");
    GuideFormMapping.validate(form, draft("new", "change"), errors);
    assertThat(errors.getGlobalErrors()).extracting(e -> e.getCode()).containsExactly("situationGuide.questions.required");
  }
}
