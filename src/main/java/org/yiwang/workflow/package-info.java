/**
 * Time limits, as the Administrative Licensing Law counts them: the working-day calendar of Chinese
 * public holidays and adjusted working days (调休), kept as data with the State Council notice each
 * year comes from. (The approval workflow itself comes with the cases capability.)
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Workflow and time limits",
    allowedDependencies = {"shared", "identity", "audit"})
package org.yiwang.workflow;
