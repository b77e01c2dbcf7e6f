/**
 * The audit log of sensitive actions (sign-in, registration, edits and publications, reads of
 * personal data): append-only and hash-chained, so that a removed or altered entry shows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package org.yiwang.audit;
