package org.yiwang.workflow.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yiwang.identity.Accounts;
import org.yiwang.identity.CurrentUser;
import org.yiwang.identity.Role;
import org.yiwang.shared.BusinessRuleException;
import org.yiwang.shared.BusinessRuleException.Violation;
import org.yiwang.shared.web.PageController;
import org.yiwang.workflow.CalendarNotice;
import org.yiwang.workflow.WorkingDayCalendar;

/** The platform administrator keeps the working-day calendar: one State Council notice a year. */
@PageController
class CalendarController {

  private final WorkingDayCalendar calendar;
  private final Accounts accounts;
  private final java.time.Clock clock;

  CalendarController(WorkingDayCalendar calendar, Accounts accounts, java.time.Clock clock) {
    this.calendar = calendar;
    this.accounts = accounts;
    this.clock = clock;
  }

  @GetMapping("/backoffice/calendar")
  String calendar(@RequestParam(required = false) Integer year, Model model) {
    requireAdmin();
    model.addAttribute("notices", calendar.notices());
    model.addAttribute("unannounced", calendar.unannouncedYears(LocalDate.now(clock)));
    CalendarNotice editing = year == null ? null : calendar.notice(year).orElse(null);
    model.addAttribute("year", year == null ? "" : year.toString());
    model.addAttribute("title", editing == null ? "" : editing.title());
    model.addAttribute("publishedOn", editing == null ? "" : editing.publishedOn().toString());
    model.addAttribute("source", editing == null ? "" : editing.source());
    model.addAttribute("lines", editing == null ? "" : lines(editing));
    return "workflow/calendar";
  }

  @PostMapping("/backoffice/calendar")
  String save(
      @RequestParam(defaultValue = "") String year,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(defaultValue = "") String publishedOn,
      @RequestParam(defaultValue = "") String source,
      @RequestParam(defaultValue = "") String lines,
      Model model,
      RedirectAttributes redirect) {
    CurrentUser user = requireAdmin();
    List<Violation> violations = new ArrayList<>();
    Integer parsedYear = null;
    try {
      parsedYear = Integer.parseInt(year.strip());
    } catch (NumberFormatException e) {
      violations.add(new Violation("year", "calendar.year.range", LocalDate.now(clock).getYear() + 2));
    }
    LocalDate published = null;
    try {
      published = LocalDate.parse(publishedOn.strip());
    } catch (DateTimeParseException e) {
      violations.add(new Violation("publishedOn", "calendar.published.invalid"));
    }
    List<CalendarNotice.Day> days = parse(lines, violations);
    if (!violations.isEmpty() && parsedYear != null && published != null) {
      // report everything at once: what the lines that did parse break too
      violations.addAll(calendar.problems(new CalendarNotice(parsedYear, title.strip(), published, source.strip(), days)));
    }
    if (violations.isEmpty()) {
      try {
        calendar.saveNotice(new CalendarNotice(parsedYear, title.strip(), published, source.strip(), days), user.username());
        redirect.addFlashAttribute("saved", parsedYear);
        return "redirect:/backoffice/calendar";
      } catch (BusinessRuleException refused) {
        violations.addAll(refused.violations());
      }
    }
    model.addAttribute("violations", violations);
    model.addAttribute("notices", calendar.notices());
    model.addAttribute("unannounced", calendar.unannouncedYears(LocalDate.now(clock)));
    model.addAttribute("year", year);
    model.addAttribute("title", title);
    model.addAttribute("publishedOn", publishedOn);
    model.addAttribute("source", source);
    model.addAttribute("lines", lines);
    return "workflow/calendar";
  }

  /** One day a line: {@code 2027-01-01 休 元旦} or {@code 2027-01-04 班 元旦调休上班}. */
  static List<CalendarNotice.Day> parse(String text, List<Violation> violations) {
    List<CalendarNotice.Day> days = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 3);
      try {
        LocalDate date = LocalDate.parse(parts[0]);
        CalendarNotice.Kind kind =
            switch (parts.length > 1 ? parts[1] : "") {
              case "休", "HOLIDAY" -> CalendarNotice.Kind.HOLIDAY;
              case "班", "WORKDAY" -> CalendarNotice.Kind.WORKDAY;
              default -> throw new IllegalArgumentException("kind");
            };
        String name = parts.length > 2 ? parts[2].strip() : "";
        if (name.isEmpty() || name.length() > 50) {
          throw new IllegalArgumentException("name");
        }
        days.add(new CalendarNotice.Day(date, kind, name));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        violations.add(new Violation("days", "calendar.line.malformed", i + 1, line.length() > 40 ? line.substring(0, 40) : line));
      }
    }
    return days;
  }

  private static String lines(CalendarNotice notice) {
    var text = new StringBuilder();
    for (CalendarNotice.Day day : notice.days()) {
      text.append(day.date()).append(day.kind() == CalendarNotice.Kind.HOLIDAY ? " 休 " : " 班 ").append(day.name()).append('\n');
    }
    return text.toString();
  }

  private CurrentUser requireAdmin() {
    CurrentUser user = accounts.signedIn();
    if (!user.has(Role.PLATFORM_ADMIN)) {
      throw BusinessRuleException.forbidden("identity.forbidden");
    }
    return user;
  }
}
