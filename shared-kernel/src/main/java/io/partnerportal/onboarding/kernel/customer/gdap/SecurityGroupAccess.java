package io.partnerportal.onboarding.kernel.customer.gdap;

import java.util.Set;

/** One of the partner's security groups, and which of the relationship's roles its members get. */
public record SecurityGroupAccess(String groupId, Set<DirectoryRole> roles) {
}
