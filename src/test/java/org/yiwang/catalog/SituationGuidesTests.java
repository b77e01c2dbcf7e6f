package org.yiwang.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.yiwang.catalog.ItemContent.Option;
import org.yiwang.catalog.ItemContent.Question;
import org.yiwang.catalog.ItemContent.Situation;
import org.yiwang.catalog.ItemContent.SituationGuide;
import org.yiwang.catalog.SituationGuides.Outcome;
import org.yiwang.catalog.SituationGuides.OutcomeKind;
import org.yiwang.catalog.SituationGuides.Problem;

class SituationGuidesTests {

  private static final Set<String> SITUATIONS = Set.of("person-new", "person-change", "org-new", "org-cancel");

  /** Applicant type, then new/change for persons, new/cancellation for organisations. */
  private static SituationGuide sound() {
    return new SituationGuide(
        "applicant",
        List.of(
            new Question(
                "applicant",
                "您以什么身份申请？",
                List.of(new Option("个人", "person", null), new Option("单位", "org", null))),
            new Question(
                "person",
                "您要办理什么业务？",
                List.of(new Option("首次申请", null, "person-new"), new Option("变更", null, "person-change"))),
            new Question(
                "org",
                "您要办理什么业务？",
                List.of(new Option("首次申请", null, "org-new"), new Option("注销", null, "org-cancel")))));
  }

  private static SituationGuide withQuestions(String start, Question... questions) {
    return new SituationGuide(start, List.of(questions));
  }

  private static List<String> codes(List<Problem> problems) {
    return problems.stream().map(Problem::messageCode).toList();
  }

  // --- validate ---

  @Test
  void acceptsASoundTree() {
    assertThat(SituationGuides.validate(sound(), SITUATIONS)).isEmpty();
  }

  @Test
  void noGuideIsSound() {
    assertThat(SituationGuides.validate(null, SITUATIONS)).isEmpty();
  }

  @Test
  void refusesAGuideWithoutQuestions() {
    assertThat(codes(SituationGuides.validate(new SituationGuide("a", List.of()), SITUATIONS)))
        .containsExactly("situationGuide.questions.required");
  }

  @Test
  void refusesAMissingOrUnknownStart() {
    var missing = new SituationGuide(" ", sound().questions());
    assertThat(SituationGuides.validate(missing, SITUATIONS))
        .containsExactly(new Problem("start", "situationGuide.start.required", List.of()));
    var unknown = new SituationGuide("nobody", sound().questions());
    assertThat(SituationGuides.validate(unknown, SITUATIONS))
        .containsExactly(new Problem("start", "situationGuide.start.unknown", List.of("nobody")));
  }

  @Test
  void refusesBlankMalformedAndDuplicateQuestionIds() {
    var guide =
        withQuestions(
            "a",
            new Question("a", "问题一", List.of(new Option("是", null, "person-new"))),
            new Question("", "问题二", List.of(new Option("是", null, "person-new"))),
            new Question("a", "问题三", List.of(new Option("是", null, "person-new"))),
            new Question("Bad id", "问题四", List.of(new Option("是", null, "person-new"))));
    assertThat(SituationGuides.validate(guide, SITUATIONS))
        .containsExactly(
            new Problem("questions[1].id", "situationGuide.question.id.required", List.of()),
            new Problem("questions[2].id", "situationGuide.question.id.duplicate", List.of("a")),
            new Problem("questions[3].id", "situationGuide.question.id.pattern", List.of()));
  }

  @Test
  void refusesBlankTextsAndLabels() {
    var guide =
        withQuestions(
            "a",
            new Question("a", " ", List.of(new Option("", null, "person-new"), new Option(null, null, "org-new"))));
    assertThat(SituationGuides.validate(guide, SITUATIONS))
        .extracting(Problem::field)
        .containsExactly("questions[0].text", "questions[0].options[0].label", "questions[0].options[1].label");
  }

  @Test
  void refusesAQuestionWithoutOptions() {
    var guide =
        withQuestions(
            "a",
            new Question("a", "问题", List.of(new Option("是", "b", null), new Option("否", null, "org-new"))),
            new Question("b", "空问题", List.of()));
    assertThat(SituationGuides.validate(guide, SITUATIONS))
        .containsExactly(new Problem("questions[1].options", "situationGuide.question.options.required", List.of()));
  }

  @Test
  void refusesAnOptionNamingBothOrNeitherTarget() {
    var guide =
        withQuestions(
            "a",
            new Question(
                "a",
                "问题",
                List.of(
                    new Option("两个都有", "b", "person-new"),
                    new Option("都没有", " ", null),
                    new Option("好的", "b", null))),
            new Question("b", "第二个", List.of(new Option("是", null, "org-new"))));
    assertThat(SituationGuides.validate(guide, SITUATIONS))
        .containsExactly(
            new Problem("questions[0].options[0].next", "situationGuide.option.target.both", List.of()),
            new Problem("questions[0].options[1].next", "situationGuide.option.target.required", List.of()));
  }

  @Test
  void refusesUnknownQuestionsAndSituations() {
    var guide =
        withQuestions(
            "a",
            new Question(
                "a",
                "问题",
                List.of(
                    new Option("去别处", "nowhere", null),
                    new Option("已删除的情形", null, "removed"),
                    new Option("好的", null, "person-new"))));
    assertThat(SituationGuides.validate(guide, SITUATIONS))
        .containsExactly(
            new Problem("questions[0].options[1].situation", "situationGuide.option.situation.unknown", List.of("removed")),
            new Problem("questions[0].options[0].next", "situationGuide.option.next.unknown", List.of("nowhere")));
  }

  @Test
  void refusesACycleNamingItsQuestions() {
    var guide =
        withQuestions(
            "a",
            new Question("a", "一", List.of(new Option("下一步", "b", null), new Option("结束", null, "person-new"))),
            new Question("b", "二", List.of(new Option("下一步", "c", null), new Option("结束", null, "org-new"))),
            new Question("c", "三", List.of(new Option("回到一", "a", null), new Option("结束", null, "org-cancel"))));
    assertThat(SituationGuides.validate(guide, SITUATIONS))
        .containsExactly(new Problem("questions[2].options[0].next", "situationGuide.cycle", List.of("a → b → c → a")));
  }

  @Test
  void refusesAQuestionThatAsksItselfAgain() {
    var guide =
        withQuestions(
            "a",
            new Question("a", "一", List.of(new Option("再问一次", "a", null), new Option("结束", null, "person-new"))));
    assertThat(SituationGuides.validate(guide, SITUATIONS))
        .containsExactly(new Problem("questions[0].options[0].next", "situationGuide.cycle", List.of("a → a")));
  }

  @Test
  void refusesDeadEnds() {
    // b and c only lead to each other: no situation can be reached from them (and they form a cycle)
    var guide =
        withQuestions(
            "a",
            new Question("a", "一", List.of(new Option("去二", "b", null), new Option("结束", null, "person-new"))),
            new Question("b", "二", List.of(new Option("去三", "c", null))),
            new Question("c", "三", List.of(new Option("去二", "b", null))));
    List<Problem> problems = SituationGuides.validate(guide, SITUATIONS);
    assertThat(problems)
        .contains(
            new Problem("questions[1].id", "situationGuide.deadEnd", List.of("b")),
            new Problem("questions[2].id", "situationGuide.deadEnd", List.of("c")),
            new Problem("questions[2].options[0].next", "situationGuide.cycle", List.of("b → c → b")))
        .hasSize(3);
  }

  @Test
  void aQuestionOnlyLeadingToARemovedSituationIsADeadEnd() {
    var guide =
        withQuestions(
            "a",
            new Question("a", "一", List.of(new Option("去二", "b", null), new Option("结束", null, "person-new"))),
            new Question("b", "二", List.of(new Option("旧情形", null, "removed"))));
    assertThat(codes(SituationGuides.validate(guide, SITUATIONS)))
        .containsExactly("situationGuide.option.situation.unknown", "situationGuide.deadEnd");
  }

  @Test
  void theSameGuideIsRefusedOnceASituationIsRemoved() {
    assertThat(SituationGuides.validate(sound(), Set.of("person-new", "person-change", "org-new")))
        .containsExactly(
            new Problem("questions[2].options[1].situation", "situationGuide.option.situation.unknown", List.of("org-cancel")));
  }

  // --- effective ---

  private static ItemContent item(List<Situation> situations, SituationGuide guide) {
    return new ItemContent(
        "事项", null, ItemType.PUBLIC_SERVICE, "科室", null, "条件", null, situations, null, 5, 5, null,
        "地点", "时间", null, null, null, OnlineDepth.FULLY_ONLINE, 0, true, false, false, false, true, null,
        true, null, null, guide);
  }

  private static List<Situation> situations(String... codes) {
    List<Situation> list = new ArrayList<>();
    for (String code : codes) {
      list.add(new Situation(code, "情形" + code, null, List.of()));
    }
    return list;
  }

  @Test
  void anItemWithFewerThanTwoSituationsHasNoGuide() {
    assertThat(SituationGuides.effective(item(situations("only"), null))).isNull();
    assertThat(SituationGuides.effective(item(List.of(), null))).isNull();
  }

  @Test
  void anItemWithoutItsOwnGuideAsksWhichSituation() {
    SituationGuide guide = SituationGuides.effective(item(situations("x", "y", "z"), null), "Which one?");
    assertThat(guide.start()).isEqualTo(SituationGuides.DEFAULT_QUESTION_ID);
    assertThat(guide.questions()).hasSize(1);
    assertThat(guide.questions().get(0).text()).isEqualTo("Which one?");
    assertThat(guide.questions().get(0).options())
        .containsExactly(new Option("情形x", null, "x"), new Option("情形y", null, "y"), new Option("情形z", null, "z"));
    assertThat(SituationGuides.validate(guide, Set.of("x", "y", "z"))).isEmpty();
    assertThat(SituationGuides.effective(item(situations("x", "y"), null)).questions().get(0).text())
        .isEqualTo(SituationGuides.DEFAULT_QUESTION_TEXT);
  }

  @Test
  void anItemUsesItsOwnSoundGuideElseTheDefault() {
    var own = item(situations("person-new", "person-change", "org-new", "org-cancel"), sound());
    assertThat(SituationGuides.effective(own)).isEqualTo(sound());
    var outOfDate = item(situations("person-new", "person-change"), sound());
    assertThat(SituationGuides.effective(outOfDate).start()).isEqualTo(SituationGuides.DEFAULT_QUESTION_ID);
  }

  // --- walk ---

  @Test
  void withoutAnswersAsksTheFirstQuestion() {
    Outcome outcome = SituationGuides.walk(sound(), List.of());
    assertThat(outcome.kind()).isEqualTo(OutcomeKind.ASK);
    assertThat(outcome.asking()).isTrue();
    assertThat(outcome.question().id()).isEqualTo("applicant");
    assertThat(outcome.answered()).isEmpty();
  }

  @Test
  void eachAnswerLeadsToTheNextQuestion() {
    Outcome outcome = SituationGuides.walk(sound(), List.of("1"));
    assertThat(outcome.asking()).isTrue();
    assertThat(outcome.question().id()).isEqualTo("org");
    assertThat(outcome.answers()).containsExactly("1");
    assertThat(outcome.answered()).hasSize(1);
    assertThat(outcome.answered().get(0).question().id()).isEqualTo("applicant");
    assertThat(outcome.answered().get(0).option().label()).isEqualTo("单位");
  }

  @Test
  void theLastAnswerReachesExactlyOneSituation() {
    Outcome outcome = SituationGuides.walk(sound(), List.of("1", "1"));
    assertThat(outcome.reached()).isTrue();
    assertThat(outcome.situation()).isEqualTo("org-cancel");
    assertThat(outcome.answers()).containsExactly("1", "1");
    assertThat(outcome.question()).isNull();
    assertThat(SituationGuides.walk(sound(), List.of("0", "0")).situation()).isEqualTo("person-new");
    assertThat(SituationGuides.walk(sound(), List.of("0", "1")).situation()).isEqualTo("person-change");
    assertThat(SituationGuides.walk(sound(), List.of("1", "0")).situation()).isEqualTo("org-new");
  }

  @Test
  void anAnswerThatIsNoOptionIsInvalidAndKeepsTheAnswersBefore() {
    for (String bad : List.of("2", "-1", "x", "", " 1", "0001", "99999999999999999999")) {
      Outcome outcome = SituationGuides.walk(sound(), List.of("0", bad));
      assertThat(outcome.invalid()).as(bad).isTrue();
      assertThat(outcome.problem()).isEqualTo("situationGuide.walk.answer");
      assertThat(outcome.position()).isEqualTo(2);
      assertThat(outcome.answers()).containsExactly("0");
    }
    Outcome nullAnswer = SituationGuides.walk(sound(), java.util.Arrays.asList((String) null));
    assertThat(nullAnswer.invalid()).isTrue();
    assertThat(nullAnswer.position()).isEqualTo(1);
  }

  @Test
  void answersBeyondTheSituationAreInvalid() {
    Outcome outcome = SituationGuides.walk(sound(), List.of("0", "0", "0"));
    assertThat(outcome.invalid()).isTrue();
    assertThat(outcome.problem()).isEqualTo("situationGuide.walk.tooMany");
    assertThat(outcome.position()).isEqualTo(3);
  }

  @Test
  void tooManyAnswersAreNotFollowed() {
    List<String> answers = new ArrayList<>();
    for (int i = 0; i <= SituationGuides.MAX_ANSWERS; i++) {
      answers.add("0");
    }
    assertThat(SituationGuides.walk(sound(), answers).problem()).isEqualTo("situationGuide.walk.tooMany");
  }

  @Test
  void aBrokenGuideGivesAnInvalidOutcomeNotAnException() {
    var unknownStart = new SituationGuide("nobody", sound().questions());
    assertThat(SituationGuides.walk(unknownStart, List.of()).problem()).isEqualTo("situationGuide.walk.broken");
    var unknownNext =
        withQuestions("a", new Question("a", "一", List.of(new Option("去别处", "nowhere", null))));
    Outcome outcome = SituationGuides.walk(unknownNext, List.of("0"));
    assertThat(outcome.problem()).isEqualTo("situationGuide.walk.broken");
    assertThat(outcome.answers()).isEmpty();
    assertThat(SituationGuides.walk(null, List.of()).invalid()).isTrue();
    assertThat(SituationGuides.walk(sound(), null).asking()).isTrue();
  }

  @Test
  void aCycleIsWalkedOnlyAsFarAsTheAnswersGo() {
    var cycle =
        withQuestions(
            "a",
            new Question("a", "一", List.of(new Option("去二", "b", null))),
            new Question("b", "二", List.of(new Option("去一", "a", null))));
    Outcome outcome = SituationGuides.walk(cycle, List.of("0", "0", "0"));
    assertThat(outcome.asking()).isTrue();
    assertThat(outcome.question().id()).isEqualTo("b");
  }
}
