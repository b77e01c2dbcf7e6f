package org.yiwang.notification.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.yiwang.identity.Accounts;
import org.yiwang.notification.MessageBox;
import org.yiwang.shared.web.PageController;

/** The signed-in account's message box. */
@PageController
class MessageBoxController {

  private final MessageBox box;
  private final Accounts accounts;

  MessageBoxController(MessageBox box, Accounts accounts) {
    this.box = box;
    this.accounts = accounts;
  }

  @GetMapping("/messages")
  String messages(Model model) {
    String me = accounts.signedIn().username();
    model.addAttribute("messages", box.latest(me, 100));
    model.addAttribute("unread", box.unread(me));
    return "notification/messages";
  }

  @PostMapping("/messages/read")
  String markRead() {
    box.markAllRead(accounts.signedIn().username());
    return "redirect:/messages";
  }
}
