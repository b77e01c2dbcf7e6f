/**
 * Who is using the platform: applicants (persons with a resident ID number, enterprises with a
 * unified social credit code, both real-name checked) and staff (by department and role); sign-in
 * with lockout, API tokens, and the signed-in account as the other modules see it.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Identity",
    allowedDependencies = {"shared", "audit"})
package org.yiwang.identity;
