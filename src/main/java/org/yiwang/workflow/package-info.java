/**
 * Time limits, as the Administrative Licensing Law counts them: the working-day calendar of Chinese
 * public holidays and adjusted working days (调休), kept as data with the State Council notice each
 * year comes from; and the approval process of every case, run by Flowable (the only module that
 * touches it): a BPMN process generated per published item version, tasks by department and role,
 * and the public flowchart drawn from that same process.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Workflow and time limits",
    allowedDependencies = {"shared", "catalog", "identity", "audit"})
package org.yiwang.workflow;
