package org.didworkbench.domain.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.UniquenessRule;

/**
 * A submission layout and its rule catalogue: the data items in file order, the rules that check
 * one record, and the rules that look across records. Immutable.
 *
 * @param id              short identifier used on the command line, e.g. {@code did-v1}
 * @param title           human title, e.g. "DID v1 (DIDS v1.0)"
 * @param provisional     true when the layout or rules are not confirmed by a published specification
 * @param items           data items in file order
 * @param recordRules     rules deciding on one record
 * @param uniquenessRules rules over the whole file (duplicate keys)
 * @param structureRule   the code reported for a record whose shape is wrong (field count, broken quotes)
 * @param basis           where the profile comes from and how far it can be trusted, in plain English ("" when
 *                        not stated)
 * @param ruleProvenance  rule code → how sure the profile is of that rule; rules not listed are confirmed
 * @param xml             how records are written as XML, or null when the profile has no XML form
 */
public record Profile(String id, String title, boolean provisional, List<DataItem> items,
                      List<RecordRule> recordRules, List<UniquenessRule> uniquenessRules, String structureRule,
                      String basis, Map<String, Provenance> ruleProvenance, XmlLayout xml) {

    public Profile {
        Objects.requireNonNull(id, "id");
        items = List.copyOf(items);
        recordRules = List.copyOf(recordRules);
        uniquenessRules = List.copyOf(uniquenessRules);
        basis = Objects.requireNonNullElse(basis, "");
        ruleProvenance = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(ruleProvenance));
    }

    /** A profile with no stated basis, every rule confirmed and no XML form. */
    public Profile(String id, String title, boolean provisional, List<DataItem> items,
                   List<RecordRule> recordRules, List<UniquenessRule> uniquenessRules, String structureRule) {
        this(id, title, provisional, items, recordRules, uniquenessRules, structureRule, "", Map.of(), null);
    }

    /** How sure the profile is of a rule (confirmed when the profile does not say). */
    public Provenance provenanceOf(String ruleCode) {
        return ruleProvenance.getOrDefault(ruleCode, Provenance.CONFIRMED);
    }

    /** Names of the items that are not confirmed, in file order. */
    public List<String> provisionalItems() {
        return items.stream().filter(DataItem::provisional).map(DataItem::name).toList();
    }

    /** Codes of the rules that are not confirmed, in catalogue order. */
    public List<String> provisionalRules() {
        return rules().stream().map(Rule::code).filter(c -> provenanceOf(c).provisional()).toList();
    }

    /** Position of an item in file order. */
    public int indexOf(String itemName) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(itemName)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Profile " + id + " has no item " + itemName);
    }

    public Optional<DataItem> item(String itemName) {
        return items.stream().filter(i -> i.name().equals(itemName)).findFirst();
    }

    public int itemCount() {
        return items.size();
    }

    /** Every rule, record rules first, in catalogue order. */
    public List<Rule> rules() {
        List<Rule> all = new ArrayList<>(recordRules);
        all.addAll(uniquenessRules);
        return all;
    }

    public Optional<Rule> rule(String code) {
        return rules().stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
