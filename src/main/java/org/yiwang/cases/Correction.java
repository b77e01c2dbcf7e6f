package org.yiwang.cases;

/**
 * One thing the applicant must correct (补正): a material (by its code) or a form field (by its
 * name), with what is wrong. A correction request lists all of them at once (行政许可法 art. 32).
 */
public record Correction(String target, String label, String reason) {}
