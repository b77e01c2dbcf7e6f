package org.yiwang.backoffice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The guided questions' editor form: the first question and rows of questions, each with rows of
 * answers that lead to another question or to a situation. Rows can be added and marked for
 * removal; rows left entirely empty are ignored. Converted to and from the item's guide.
 */
public class GuideForm {

  static final int MAX_QUESTIONS = 50;
  static final int MAX_OPTIONS = 20;

  @Size(max = 32, message = "{situationGuide.question.id.pattern}")
  private String start;

  @Valid
  @Size(max = MAX_QUESTIONS, message = "{situationGuide.questions.tooMany}")
  private List<QuestionRow> questions = new ArrayList<>();

  public static class QuestionRow {
    @Size(max = 32, message = "{situationGuide.question.id.pattern}")
    private String id;

    @Size(max = 200, message = "{form.tooLong}")
    private String text;

    private boolean remove;

    @Valid
    @Size(max = MAX_OPTIONS, message = "{situationGuide.options.tooMany}")
    private List<OptionRow> options = new ArrayList<>();

    /** A new question with two empty answers to fill in. */
    static QuestionRow blank() {
      var row = new QuestionRow();
      row.getOptions().add(new OptionRow());
      row.getOptions().add(new OptionRow());
      return row;
    }

    boolean isEmpty() {
      return GuideFormMapping.isBlank(id)
          && GuideFormMapping.isBlank(text)
          && options.stream().allMatch(o -> o.isRemove() || o.isEmpty());
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
    public List<OptionRow> getOptions() { return options; }
    public void setOptions(List<OptionRow> options) { this.options = options; }
  }

  public static class OptionRow {
    @Size(max = 100, message = "{form.tooLong}")
    private String label;

    @Size(max = 32, message = "{situationGuide.question.id.pattern}")
    private String next;

    @Size(max = 32, message = "{editor.code.pattern}")
    private String situation;

    private boolean remove;

    boolean isEmpty() {
      return GuideFormMapping.isBlank(label)
          && GuideFormMapping.isBlank(next)
          && GuideFormMapping.isBlank(situation);
    }

    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public String getSituation() { return situation; }
    public void setSituation(String situation) { this.situation = situation; }
    public boolean isRemove() { return remove; }
    public void setRemove(boolean remove) { this.remove = remove; }
  }

  public String getStart() { return start; }
  public void setStart(String start) { this.start = start; }
  public List<QuestionRow> getQuestions() { return questions; }
  public void setQuestions(List<QuestionRow> questions) { this.questions = questions; }
}
