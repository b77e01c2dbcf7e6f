/**
 * Cases (办件): applications from draft to result. The application form per situation, uploaded
 * materials checked by their content, submission with an idempotency key, readable case numbers,
 * one-time correction requests, withdrawal, the legal time limits and their warnings (电子监察),
 * the official notices as PDF, the staff inbox, assisted application at the window, and the public
 * progress lookup. The approval process itself runs in {@code workflow}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Cases",
    allowedDependencies = {"shared", "catalog", "identity", "workflow", "audit"})
package org.yiwang.cases;
