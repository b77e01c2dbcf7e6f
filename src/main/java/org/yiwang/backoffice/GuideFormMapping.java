package org.yiwang.backoffice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.validation.BindingResult;
import org.yiwang.catalog.ItemContent;
import org.yiwang.catalog.ItemContent.Option;
import org.yiwang.catalog.ItemContent.Question;
import org.yiwang.catalog.ItemContent.SituationGuide;
import org.yiwang.catalog.SituationGuides;

/**
 * Between the guide editor's form and the item's guide. Rows marked for removal and rows left
 * empty are left out, so the guide's indexes differ from the form's: {@link Built} remembers which
 * form row each question and answer came from, to put each problem on the field to fix.
 */
final class GuideFormMapping {

  private static final Pattern GUIDE_FIELD =
      Pattern.compile("questions\\[(\\d+)](?:\\.options\\[(\\d+)])?(.*)");

  private GuideFormMapping() {}

  static GuideForm toForm(SituationGuide guide) {
    var form = new GuideForm();
    if (guide == null) {
      form.getQuestions().add(GuideForm.QuestionRow.blank());
      return form;
    }
    form.setStart(guide.start());
    for (Question q : guide.questions()) {
      var row = new GuideForm.QuestionRow();
      row.setId(q.id());
      row.setText(q.text());
      for (Option o : q.options()) {
        var or = new GuideForm.OptionRow();
        or.setLabel(o.label());
        or.setNext(o.next());
        or.setSituation(o.situation());
        row.getOptions().add(or);
      }
      form.getQuestions().add(row);
    }
    return form;
  }

  /** The guide and, for each of its questions and answers, the form row it came from. */
  record Built(SituationGuide guide, List<Integer> questionRows, List<List<Integer>> optionRows) {

    /** The form field for a field of the guide ({@code questions[0].options[1].next}). */
    String formField(String guideField) {
      if (guideField == null) {
        return null;
      }
      Matcher m = GUIDE_FIELD.matcher(guideField);
      if (!m.matches()) {
        return guideField;
      }
      int q = Integer.parseInt(m.group(1));
      StringBuilder field = new StringBuilder("questions[").append(questionRows.get(q)).append(']');
      if (m.group(2) != null) {
        field.append(".options[").append(optionRows.get(q).get(Integer.parseInt(m.group(2)))).append(']');
      }
      return field.append(m.group(3)).toString();
    }
  }

  static Built toGuide(GuideForm form) {
    List<Question> questions = new ArrayList<>();
    List<Integer> questionRows = new ArrayList<>();
    List<List<Integer>> optionRows = new ArrayList<>();
    for (int i = 0; i < form.getQuestions().size(); i++) {
      var q = form.getQuestions().get(i);
      if (q.isRemove() || q.isEmpty()) {
        continue;
      }
      List<Option> options = new ArrayList<>();
      List<Integer> rows = new ArrayList<>();
      for (int j = 0; j < q.getOptions().size(); j++) {
        var o = q.getOptions().get(j);
        if (o.isRemove() || o.isEmpty()) {
          continue;
        }
        options.add(new Option(trim(o.getLabel()), blankToNull(o.getNext()), blankToNull(o.getSituation())));
        rows.add(j);
      }
      questions.add(new Question(trim(q.getId()), trim(q.getText()), options));
      questionRows.add(i);
      optionRows.add(rows);
    }
    return new Built(new SituationGuide(trim(form.getStart()), questions), questionRows, optionRows);
  }

  /**
   * The guide of the form for the item's situations, or null when {@link SituationGuides} refuses
   * it; then each problem is on its field of {@code errors}.
   */
  static SituationGuide validate(GuideForm form, ItemContent draft, BindingResult errors) {
    Built built = toGuide(form);
    var problems = SituationGuides.validate(built.guide(), SituationGuides.codes(draft));
    for (var p : problems) {
      String field = built.formField(p.field());
      Object[] args = p.args().toArray();
      if (field == null) {
        errors.reject(p.messageCode(), args, p.messageCode());
      } else {
        errors.rejectValue(field, p.messageCode(), args, p.messageCode());
      }
    }
    return problems.isEmpty() ? built.guide() : null;
  }

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return s == null ? null : s.strip();
  }

  private static String blankToNull(String s) {
    return isBlank(s) ? null : s.strip();
  }
}
