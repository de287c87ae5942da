package org.didworkbench.io.profile;

import java.util.Set;

/** The field names {@link ProfileFileReader} accepts, for the schema test. */
final class ProfileFileReaderFields {
    private ProfileFileReaderFields() {
    }

    static Set<String> top() {
        return ProfileFileReader.TOP;
    }

    static Set<String> item() {
        return ProfileFileReader.ITEM;
    }

    static Set<String> ruleCommon() {
        return ProfileFileReader.RULE_COMMON;
    }
}
