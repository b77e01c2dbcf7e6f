/**
 * The staff back office: department administrators keep their department's items complete and
 * current (edit a draft, upload blank forms and samples, submit), the platform administrator
 * publishes or returns submitted versions. Every access is checked on the server.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Back office",
    allowedDependencies = {"shared", "catalog", "identity", "quality", "workflow"})
package org.yiwang.backoffice;
