package org.mekong.mpm.release;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One country's sign-off of a release (or its revocation): who, by role, when, and why. */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Approval(String country, String by, String note, String at) {}
