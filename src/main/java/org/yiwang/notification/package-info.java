/**
 * Messages to applicants and staff: an in-app message box, e-mail through SMTP when a mail server
 * is configured, and SMS through a provider interface (by default written to the log, masked).
 * Listens to other modules' events only; no module calls it.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Notifications",
    allowedDependencies = {"shared", "identity", "cases"})
package org.yiwang.notification;
