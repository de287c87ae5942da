package org.didworkbench.domain.profile;

import java.util.List;
import java.util.Objects;

/**
 * A profile file, read but not yet bound: a pure value with every part's file and line, so the
 * binder can say where a mistake is.
 *
 * @param source        the file name, for messages
 * @param location      where the top-level object starts
 * @param formatVersion the version of the profile format (1)
 * @param id            short identifier, e.g. {@code dids-v2}
 * @param title         human title
 * @param provisional   true when the layout or rules are not confirmed by a published specification
 * @param basis         where the profile comes from, in plain English ("" when not stated)
 * @param structureRule the code for a record of the wrong shape
 * @param items         the items in file order
 * @param rules         the rules in catalogue order
 * @param xml           the XML form, or null
 */
public record ProfileDefinition(String source, Location location, int formatVersion, String id, String title,
                                boolean provisional, String basis, String structureRule, List<ItemDefinition> items,
                                List<RuleDefinition> rules, XmlDefinition xml) {
    /** The version of the profile format this build reads. */
    public static final int FORMAT_VERSION = 1;

    public ProfileDefinition {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        items = List.copyOf(items);
        rules = List.copyOf(rules);
    }
}
