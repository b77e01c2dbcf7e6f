package org.yiwang.catalog;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yiwang.catalog.ItemContent.Option;
import org.yiwang.catalog.ItemContent.Question;
import org.yiwang.catalog.ItemContent.Situation;
import org.yiwang.catalog.ItemContent.SituationGuide;

/**
 * The guided questions (智能导办) of an item: the rules a question tree must keep (checked when it
 * is saved), the default guide of an item without its own, and walking the tree with an
 * applicant's answers. Pure functions: no state, no Spring.
 */
public final class SituationGuides {

  /** Question ids, like situation codes: small letters, digits and {@code -}. */
  public static final Pattern QUESTION_ID = Pattern.compile("[a-z0-9-]{1,32}");

  /** The question id of the default guide. */
  public static final String DEFAULT_QUESTION_ID = "situation";

  /** The default guide's question when the caller gives none (the item's own language). */
  public static final String DEFAULT_QUESTION_TEXT = "您要办理哪种情形？";

  /** At most this many answers are followed; a longer walk is refused, not followed. */
  public static final int MAX_ANSWERS = 50;

  private SituationGuides() {}

  /**
   * Something wrong with a guide: {@code field} is the path of the editor's form field to fix
   * ({@code start}, {@code questions[2].text}, {@code questions[2].options[1].next}), null for the
   * guide as a whole; {@code messageCode} and {@code args} make the message.
   */
  public record Problem(String field, String messageCode, List<Object> args) {
    public Problem {
      args = List.copyOf(args);
    }

    static Problem of(String field, String messageCode, Object... args) {
      return new Problem(field, messageCode, List.of(args));
    }
  }

  /**
   * Everything that keeps the guide from leading every applicant to exactly one of the item's
   * situations; empty when it is sound. No guide (null) is sound: the default is used.
   */
  public static List<Problem> validate(SituationGuide guide, Set<String> situationCodes) {
    List<Problem> problems = new ArrayList<>();
    if (guide == null) {
      return problems;
    }
    List<Question> questions = guide.questions();
    if (questions.isEmpty()) {
      problems.add(Problem.of(null, "situationGuide.questions.required"));
      return problems;
    }
    // the first question of each id; later ones are reported as duplicates
    Map<String, Integer> byId = new LinkedHashMap<>();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      String path = "questions[" + i + "]";
      if (isBlank(q.id())) {
        problems.add(Problem.of(path + ".id", "situationGuide.question.id.required"));
      } else if (!QUESTION_ID.matcher(q.id()).matches()) {
        problems.add(Problem.of(path + ".id", "situationGuide.question.id.pattern"));
      } else if (byId.putIfAbsent(q.id(), i) != null) {
        problems.add(Problem.of(path + ".id", "situationGuide.question.id.duplicate", q.id()));
      }
      if (isBlank(q.text())) {
        problems.add(Problem.of(path + ".text", "situationGuide.question.text.required"));
      }
      if (q.options().isEmpty()) {
        problems.add(Problem.of(path + ".options", "situationGuide.question.options.required"));
      }
      for (int j = 0; j < q.options().size(); j++) {
        Option o = q.options().get(j);
        String op = path + ".options[" + j + "]";
        if (isBlank(o.label())) {
          problems.add(Problem.of(op + ".label", "situationGuide.option.label.required"));
        }
        boolean hasNext = !isBlank(o.next());
        boolean hasSituation = !isBlank(o.situation());
        if (hasNext && hasSituation) {
          problems.add(Problem.of(op + ".next", "situationGuide.option.target.both"));
        } else if (!hasNext && !hasSituation) {
          problems.add(Problem.of(op + ".next", "situationGuide.option.target.required"));
        }
        if (hasSituation && !situationCodes.contains(o.situation())) {
          problems.add(Problem.of(op + ".situation", "situationGuide.option.situation.unknown", o.situation()));
        }
      }
    }
    // references to questions, once every id is known
    for (int i = 0; i < questions.size(); i++) {
      List<Option> options = questions.get(i).options();
      for (int j = 0; j < options.size(); j++) {
        String next = options.get(j).next();
        if (!isBlank(next) && !byId.containsKey(next)) {
          problems.add(
              Problem.of("questions[" + i + "].options[" + j + "].next", "situationGuide.option.next.unknown", next));
        }
      }
    }
    if (isBlank(guide.start())) {
      problems.add(Problem.of("start", "situationGuide.start.required"));
    } else if (!byId.containsKey(guide.start())) {
      problems.add(Problem.of("start", "situationGuide.start.unknown", guide.start()));
    }
    problems.addAll(cycles(questions, byId));
    problems.addAll(deadEnds(questions, byId, situationCodes));
    return problems;
  }

  /**
   * Every cycle among the questions, each reported once on the option that closes it, with the
   * questions in it ({@code a → b → a}).
   */
  private static List<Problem> cycles(List<Question> questions, Map<String, Integer> byId) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> state = new HashMap<>(); // absent: not seen, 1: on the path, 2: done
    for (String root : byId.keySet()) {
      if (state.containsKey(root)) {
        continue;
      }
      // iterative depth-first search: each frame is a question and the next option to follow
      Deque<int[]> stack = new ArrayDeque<>();
      List<String> path = new ArrayList<>();
      stack.push(new int[] {byId.get(root), 0});
      path.add(root);
      state.put(root, 1);
      while (!stack.isEmpty()) {
        int[] frame = stack.peek();
        Question q = questions.get(frame[0]);
        if (frame[1] >= q.options().size()) {
          state.put(q.id(), 2);
          path.remove(path.size() - 1);
          stack.pop();
          continue;
        }
        int optionIndex = frame[1]++;
        String next = q.options().get(optionIndex).next();
        if (isBlank(next) || !byId.containsKey(next)) {
          continue;
        }
        Integer seen = state.get(next);
        if (seen == null) {
          state.put(next, 1);
          path.add(next);
          stack.push(new int[] {byId.get(next), 0});
        } else if (seen == 1) {
          List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
          cycle.add(next);
          problems.add(
              Problem.of(
                  "questions[" + frame[0] + "].options[" + optionIndex + "].next",
                  "situationGuide.cycle",
                  String.join(" → ", cycle)));
        }
      }
    }
    return problems;
  }

  /** Questions (with answers) from which no answers lead to any of the item's situations. */
  private static List<Problem> deadEnds(
      List<Question> questions, Map<String, Integer> byId, Set<String> situationCodes) {
    Set<String> leadsSomewhere = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<String, Integer> e : byId.entrySet()) {
        if (leadsSomewhere.contains(e.getKey())) {
          continue;
        }
        for (Option o : questions.get(e.getValue()).options()) {
          boolean ends = !isBlank(o.situation()) && situationCodes.contains(o.situation());
          boolean leads = !isBlank(o.next()) && leadsSomewhere.contains(o.next());
          if (ends || leads) {
            leadsSomewhere.add(e.getKey());
            changed = true;
            break;
          }
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Integer> e : byId.entrySet()) {
      Question q = questions.get(e.getValue());
      if (!q.options().isEmpty() && !leadsSomewhere.contains(e.getKey())) {
        problems.add(Problem.of("questions[" + e.getValue() + "].id", "situationGuide.deadEnd", e.getKey()));
      }
    }
    return problems;
  }

  /** The guide the applicant is asked: see {@link #effective(ItemContent, String)}. */
  public static SituationGuide effective(ItemContent item) {
    return effective(item, DEFAULT_QUESTION_TEXT);
  }

  /**
   * The guide the applicant is asked: none for an item with fewer than two situations; the item's
   * own when it is sound for the item's situations; else one question, {@code defaultQuestion},
   * with an answer per situation (its name).
   */
  public static SituationGuide effective(ItemContent item, String defaultQuestion) {
    List<Situation> situations = item.situations();
    if (situations.size() < 2) {
      return null;
    }
    if (item.guide() != null && validate(item.guide(), codes(item)).isEmpty()) {
      return item.guide();
    }
    List<Option> options =
        situations.stream().map(s -> new Option(s.name(), null, s.code())).toList();
    return new SituationGuide(
        DEFAULT_QUESTION_ID, List.of(new Question(DEFAULT_QUESTION_ID, defaultQuestion, options)));
  }

  /** The situation codes of an item. */
  public static Set<String> codes(ItemContent item) {
    Set<String> codes = new HashSet<>();
    for (Situation s : item.situations()) {
      if (s.code() != null) {
        codes.add(s.code());
      }
    }
    return codes;
  }

  /** What kind of place a walk ended on. */
  public enum OutcomeKind {
    /** A question is to be answered next. */
    ASK,
    /** The answers lead to a situation. */
    REACHED,
    /** An answer is not one of its question's options, or the guide cannot be followed. */
    INVALID
  }

  /** A question answered on the way: the question and the index of the option chosen. */
  public record Answer(Question question, int optionIndex) {
    public Option option() {
      return question.options().get(optionIndex);
    }
  }

  /**
   * Where the answers lead. {@code answered} are the questions answered on the way with the
   * answers chosen (for an invalid walk: those before the first bad answer); {@code answers} the
   * same as the strings to send again. {@code question} is set when asking, {@code situation}
   * when reached, {@code problem} (a message code, with {@code position}, the 1-based number of
   * the bad answer, or 0) when invalid.
   */
  public record Outcome(
      OutcomeKind kind,
      List<Answer> answered,
      List<String> answers,
      Question question,
      String situation,
      String problem,
      int position) {

    public Outcome {
      answered = List.copyOf(answered);
      answers = List.copyOf(answers);
    }

    public boolean asking() {
      return kind == OutcomeKind.ASK;
    }

    public boolean reached() {
      return kind == OutcomeKind.REACHED;
    }

    public boolean invalid() {
      return kind == OutcomeKind.INVALID;
    }
  }

  /**
   * Follows the answers (each the index of the chosen option, {@code "0"} for the first) from the
   * guide's start. Never throws: a bad answer, too many answers or a guide that cannot be followed
   * give an {@link OutcomeKind#INVALID} outcome.
   */
  public static Outcome walk(SituationGuide guide, List<String> answers) {
    List<Answer> answered = new ArrayList<>();
    List<String> sent = new ArrayList<>();
    List<String> given = answers == null ? List.of() : answers;
    if (guide == null) {
      return invalid(answered, sent, "situationGuide.walk.noGuide", 0);
    }
    if (given.size() > MAX_ANSWERS) {
      return invalid(answered, sent, "situationGuide.walk.tooMany", MAX_ANSWERS + 1);
    }
    Map<String, Question> byId = new HashMap<>();
    for (Question q : guide.questions()) {
      if (q.id() != null) {
        byId.putIfAbsent(q.id(), q);
      }
    }
    Question current = byId.get(guide.start());
    if (current == null) {
      return invalid(answered, sent, "situationGuide.walk.broken", 0);
    }
    for (int i = 0; i < given.size(); i++) {
      int index = optionIndex(given.get(i), current.options().size());
      if (index < 0) {
        return invalid(answered, sent, "situationGuide.walk.answer", i + 1);
      }
      Option chosen = current.options().get(index);
      answered.add(new Answer(current, index));
      sent.add(Integer.toString(index));
      if (!isBlank(chosen.situation())) {
        if (i + 1 < given.size()) {
          return invalid(answered, sent, "situationGuide.walk.tooMany", i + 2);
        }
        return new Outcome(OutcomeKind.REACHED, answered, sent, null, chosen.situation(), null, 0);
      }
      Question next = isBlank(chosen.next()) ? null : byId.get(chosen.next());
      if (next == null) {
        answered.remove(answered.size() - 1);
        sent.remove(sent.size() - 1);
        return invalid(answered, sent, "situationGuide.walk.broken", i + 1);
      }
      current = next;
    }
    if (current.options().isEmpty()) {
      return invalid(answered, sent, "situationGuide.walk.broken", given.size());
    }
    return new Outcome(OutcomeKind.ASK, answered, sent, current, null, null, 0);
  }

  private static Outcome invalid(List<Answer> answered, List<String> sent, String problem, int position) {
    return new Outcome(OutcomeKind.INVALID, answered, sent, null, null, problem, position);
  }

  /** The option index an answer names, or -1 when it names none of {@code count} options. */
  private static int optionIndex(String answer, int count) {
    if (answer == null || answer.isEmpty() || answer.length() > 3) {
      return -1;
    }
    for (int i = 0; i < answer.length(); i++) {
      if (answer.charAt(i) < '0' || answer.charAt(i) > '9') {
        return -1;
      }
    }
    int index = Integer.parseInt(answer);
    return index < count ? index : -1;
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
