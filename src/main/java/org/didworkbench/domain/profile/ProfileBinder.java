package org.didworkbench.domain.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.didworkbench.domain.dataset.CodeValue;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Mandation;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.Provenance;
import org.didworkbench.domain.dataset.ValueType;
import org.didworkbench.domain.dataset.XmlBinding;
import org.didworkbench.domain.dataset.XmlLayout;
import org.didworkbench.domain.profile.RuleKindRegistry.KindSpec;
import org.didworkbench.domain.profile.RuleKindRegistry.ParamSpec;
import org.didworkbench.domain.rules.RecordRule;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.UniquenessRule;

/**
 * Turns a {@link ProfileDefinition} into a {@link Profile}: checks the items against each other,
 * binds every rule through its kind, and applies message templates. Every mistake found is reported
 * with its file and line, all at once, in a {@link ProfileDefinitionException}. Thread-safe.
 */
public final class ProfileBinder {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern ITEM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private final RuleKindRegistry registry;

    public ProfileBinder(RuleKindRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public RuleKindRegistry registry() {
        return registry;
    }

    /**
     * Binds a definition.
     *
     * @throws ProfileDefinitionException listing every mistake, each with its file and line
     */
    public Profile bind(ProfileDefinition def) throws ProfileDefinitionException {
        List<ProfileProblem> problems = new ArrayList<>();
        checkTop(def, problems);
        List<DataItem> items = checkItems(def, problems);
        XmlLayout xml = xml(def, problems);
        List<RecordRule> recordRules = new ArrayList<>();
        List<UniquenessRule> uniqueness = new ArrayList<>();
        Map<String, Provenance> provenance = new LinkedHashMap<>();
        Map<String, String> codes = new HashMap<>();
        List<String> itemNames = items.stream().map(DataItem::name).toList();
        boolean anyProvisional = items.stream().anyMatch(DataItem::provisional);
        for (RuleDefinition r : def.rules()) {
            String earlier = codes.putIfAbsent(r.code(), r.path());
            if (r.code().isBlank()) {
                problems.add(new ProfileProblem(r.location(), r.path() + ".code is blank; expected the rule code"
                        + " reported with each issue, e.g. DIDS00300302"));
            } else if (earlier != null) {
                problems.add(new ProfileProblem(r.location(), r.path() + ".code '" + r.code() + "' is already used by "
                        + earlier + "; every rule needs its own code"));
            }
            Rule rule = bindRule(r, items, itemNames, problems);
            if (rule instanceof RecordRule rr) {
                recordRules.add(rr);
            } else if (rule instanceof UniquenessRule ur) {
                uniqueness.add(ur);
            }
            if (r.provenance().provisional() || !r.provenance().basis().isEmpty()) {
                provenance.put(r.code(), r.provenance());
            }
            anyProvisional |= r.provenance().provisional();
        }
        if (anyProvisional && !def.provisional()) {
            problems.add(new ProfileProblem(def.location(), "the profile is marked \"provisional\": false, but some of"
                    + " its items or rules are provisional; set \"provisional\": true at the top of the file"));
        }
        if (!problems.isEmpty()) {
            throw new ProfileDefinitionException(problems);
        }
        return new Profile(def.id(), def.title(), def.provisional(), items, recordRules, uniqueness,
                def.structureRule(), def.basis(), provenance, xml);
    }

    private static void checkTop(ProfileDefinition def, List<ProfileProblem> problems) {
        Location at = def.location();
        if (def.formatVersion() != ProfileDefinition.FORMAT_VERSION) {
            problems.add(new ProfileProblem(at, "formatVersion " + def.formatVersion() + " is not supported; this"
                    + " version of DID Workbench reads formatVersion " + ProfileDefinition.FORMAT_VERSION));
        }
        if (def.id() == null || !ID.matcher(def.id()).matches()) {
            problems.add(new ProfileProblem(at, "id '" + def.id() + "' is not allowed; expected lower-case letters,"
                    + " digits, dots and hyphens, e.g. dids-v2-rzz"));
        }
        if (def.title() == null || def.title().isBlank()) {
            problems.add(new ProfileProblem(at, "title is blank; expected a name for people, e.g. \"DIDS v2.0 (RZZ"
                    + " RIS export)\""));
        }
        if (def.structureRule() == null || def.structureRule().isBlank()) {
            problems.add(new ProfileProblem(at, "structureRule is missing; expected the code reported for a record"
                    + " with the wrong number of fields"));
        }
        if (def.items().isEmpty()) {
            problems.add(new ProfileProblem(at, "items is empty; expected the data items in file order"));
        }
    }

    private static List<DataItem> checkItems(ProfileDefinition def, List<ProfileProblem> problems) {
        List<DataItem> items = new ArrayList<>();
        Map<String, String> names = new HashMap<>();    // normalised column name -> the item path that owns it
        for (ItemDefinition d : def.items()) {
            DataItem item = d.item();
            items.add(item);
            if (!ITEM_NAME.matcher(item.name()).matches()) {
                problems.add(new ProfileProblem(d.location(), d.path() + ".name '" + item.name() + "' is not allowed;"
                        + " expected letters, digits and underscores starting with a letter, e.g. NHS_NUMBER"));
            }
            Set<String> own = new HashSet<>();
            List<String> columnNames = new ArrayList<>();
            columnNames.add(item.name());
            columnNames.add(item.dataDictionaryName());
            columnNames.addAll(item.aliases());
            for (String n : columnNames) {
                String key = normalise(n);
                if (!own.add(key)) {
                    continue;
                }
                String owner = names.putIfAbsent(key, d.path());
                if (owner != null) {
                    problems.add(new ProfileProblem(d.location(), d.path() + " uses the column name '" + n
                            + "', which " + owner + " already uses; names, data dictionary names and aliases must"
                            + " tell the items apart"));
                }
            }
            Set<String> codes = new HashSet<>();
            for (CodeValue c : item.codes()) {
                if (!codes.add(c.code())) {
                    problems.add(new ProfileProblem(d.location(), d.path() + ".codes lists '" + c.code() + "' twice"));
                }
            }
            if (item.mandation() == Mandation.CONDITIONAL && (item.condition() == null || item.condition().isBlank())) {
                problems.add(new ProfileProblem(d.location(), d.path() + " has mandation C but no condition; say when"
                        + " the item is required, e.g. \"when DIAGNOSTIC IMAGING ACTIVITY CATEGORY is 01\""));
            }
            if (d.xml() != null && XmlBinding.parse(d.xml()) == null) {
                problems.add(new ProfileProblem(d.location(), d.path() + ".xml '" + d.xml() + "' is not an XML path;"
                        + " expected Group/Element/@attribute or Group/Element, e.g."
                        + " PersonalAndDemographics/NHSNumber/@extension"));
            }
        }
        return items;
    }

    /** Column names compare as header recognition compares them: case, spaces and underscores ignored. */
    static String normalise(String s) {
        return s.strip().replace('_', ' ').replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static XmlLayout xml(ProfileDefinition def, List<ProfileProblem> problems) {
        int before = problems.size();
        XmlDefinition x = def.xml();
        List<XmlBinding> bindings = new ArrayList<>();
        boolean any = false;
        for (ItemDefinition d : def.items()) {
            XmlBinding b = d.xml() == null ? null : XmlBinding.parse(d.xml());
            bindings.add(b);
            any |= d.xml() != null;
            if (x == null && d.xml() != null) {
                problems.add(new ProfileProblem(d.location(), d.path() + ".xml is given but the profile has no"
                        + " top-level \"xml\" object naming the namespace and elements"));
            }
        }
        if (x == null) {
            return null;
        }
        String[] required = {x.namespace(), x.root(), x.record(), x.repeating()};
        String[] names = {"namespace", "root", "record", "repeating"};
        for (int i = 0; i < required.length; i++) {
            if (required[i] == null || required[i].isBlank()) {
                problems.add(new ProfileProblem(x.location(), "xml." + names[i] + " is missing"));
            }
        }
        if (!any) {
            problems.add(new ProfileProblem(x.location(), "xml is given but no item has an \"xml\" path"));
        } else if (x.repeating() != null && bindings.stream().noneMatch(b -> b != null
                && b.group().equals(x.repeating()))) {
            problems.add(new ProfileProblem(x.location(), "xml.repeating '" + x.repeating() + "' is the group of no"
                    + " item; expected the element each occurrence of which is one record, e.g. ImagingActivity"));
        }
        if (problems.size() > before) {
            return null;
        }
        for (Map.Entry<String, List<String>> e : x.sequence().entrySet()) {
            for (XmlBinding b : bindings) {
                if (b != null && b.group().equals(e.getKey()) && !e.getValue().contains(b.path().get(1))) {
                    problems.add(new ProfileProblem(x.location(), "xml.sequence." + e.getKey() + " does not list "
                            + b.path().get(1) + ", which an item is bound to"));
                    return null;
                }
            }
        }
        return new XmlLayout(x.namespace(), x.root(), x.record(), x.repeating(), bindings, x.sequence());
    }

    private Rule bindRule(RuleDefinition r, List<DataItem> items, List<String> itemNames,
                          List<ProfileProblem> problems) {
        int before = problems.size();
        Map<String, ParamValue> params = new LinkedHashMap<>(r.params());
        KindSpec spec;
        String prefix = r.path();
        if (r.kind().equals(RuleKindRegistry.BUILTIN)) {
            ParamValue name = params.remove("name");
            if (name == null || !(name.value() instanceof String n)) {
                problems.add(new ProfileProblem(r.location(), r.path() + " is a builtin rule with no \"name\"; expected"
                        + " one of " + Suggestions.oneOf(registry.builtinNames())));
                return null;
            }
            spec = registry.builtin(n).orElse(null);
            if (spec == null) {
                problems.add(new ProfileProblem(name.location(), r.path() + ".name '" + n + "' is not a built-in rule;"
                        + " expected one of " + Suggestions.oneOf(registry.builtinNames())
                        + Suggestions.didYouMean(n, registry.builtinNames())));
                return null;
            }
        } else {
            spec = registry.kind(r.kind()).orElse(null);
            if (spec == null) {
                problems.add(new ProfileProblem(r.location(), r.path() + ".kind '" + r.kind() + "' is not a rule kind;"
                        + " expected one of " + Suggestions.oneOf(registry.kindNames())
                        + Suggestions.didYouMean(r.kind(), registry.kindNames())));
                return null;
            }
        }
        String what = r.kind().equals(RuleKindRegistry.BUILTIN) ? "built-in rule " + spec.name() : "kind " + spec.name();
        if (r.category() != null && !spec.categoryAllowed()) {
            problems.add(new ProfileProblem(r.location(), r.path() + ".category cannot be set for " + what
                    + "; the kind decides how its failures count"));
        }
        for (Map.Entry<String, ParamValue> e : params.entrySet()) {
            ParamSpec p = spec.param(e.getKey()).orElse(null);
            if (p == null) {
                problems.add(new ProfileProblem(e.getValue().location(), prefix + "." + e.getKey() + " is not a"
                        + " parameter of " + what + "; expected " + (spec.params().isEmpty() ? "none"
                        : Suggestions.oneOf(spec.paramNames())) + Suggestions.didYouMean(e.getKey(), spec.paramNames())));
            } else {
                checkType(prefix + "." + e.getKey(), p, e.getValue(), items, itemNames, what, problems);
            }
        }
        for (ParamSpec p : spec.params()) {
            if (p.required() && (!params.containsKey(p.name()) || params.get(p.name()).value() == null)) {
                problems.add(new ProfileProblem(r.location(), r.path() + " has no \"" + p.name() + "\"; " + what
                        + " needs " + p.name() + " (" + p.doc() + ")"));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        RuleBinding binding = new RuleBinding(r, prefix, params, items, problems);
        Rule rule = spec.factory().create(binding);
        if (binding.failed() || rule == null) {
            if (rule == null && !binding.failed()) {
                problems.add(new ProfileProblem(r.location(), r.path() + " could not be bound as " + what));
            }
            return null;
        }
        return overrides(rule, r, itemNames, problems);
    }

    private static Rule overrides(Rule rule, RuleDefinition r, List<String> itemNames, List<ProfileProblem> problems) {
        MessageTemplate template = null;
        if (r.message() != null) {
            try {
                template = MessageTemplate.parse(r.message(), itemNames, rule instanceof UniquenessRule);
            } catch (IllegalArgumentException e) {
                problems.add(new ProfileProblem(r.location(), r.path() + ".message " + e.getMessage()));
                return null;
            }
        }
        String description = r.description() != null && !r.description().equals(rule.description())
                ? r.description() : null;
        if (template == null && description == null) {
            return rule;
        }
        if (rule instanceof UniquenessRule u) {
            return new TemplatedUniquenessRule(u, template, description);
        }
        return new TemplatedRecordRule((RecordRule) rule, template, description);
    }

    private static void checkType(String path, ParamSpec p, ParamValue v, List<DataItem> items, List<String> itemNames,
                                  String what, List<ProfileProblem> problems) {
        Object value = v.value();
        if (value == null) {
            return;    // reported as missing when required
        }
        String expected = path + " is " + v.typeName() + "; expected " + p.type().description();
        switch (p.type()) {
            case ITEM -> {
                if (!(value instanceof String s)) {
                    problems.add(new ProfileProblem(v.location(), expected));
                } else {
                    checkItem(path, s, p, v, items, itemNames, what, problems);
                }
            }
            case ITEMS -> {
                if (!(value instanceof List<?> list) || list.isEmpty()) {
                    problems.add(new ProfileProblem(v.location(), value instanceof List<?> ? path + " is empty;"
                            + " expected at least one item name" : expected));
                } else {
                    for (int i = 0; i < list.size(); i++) {
                        ParamValue e = (ParamValue) list.get(i);
                        if (e.value() instanceof String s) {
                            checkItem(path + "[" + i + "]", s, p, e, items, itemNames, what, problems);
                        } else {
                            problems.add(new ProfileProblem(e.location(), path + "[" + i + "] is " + e.typeName()
                                    + "; expected an item name"));
                        }
                    }
                }
            }
            case STRING -> {
                if (!(value instanceof String)) {
                    problems.add(new ProfileProblem(v.location(), expected));
                }
            }
            case STRINGS -> {
                boolean ok = value instanceof String
                        || value instanceof List<?> list && !list.isEmpty()
                        && list.stream().allMatch(e -> ((ParamValue) e).value() instanceof String);
                if (!ok) {
                    problems.add(new ProfileProblem(v.location(), expected));
                }
            }
            case INTEGER -> {
                if (!(value instanceof Long)) {
                    problems.add(new ProfileProblem(v.location(), expected));
                }
            }
            case BOOLEAN -> {
                if (!(value instanceof Boolean)) {
                    problems.add(new ProfileProblem(v.location(), expected));
                }
            }
            case DATE -> {
                if (!(value instanceof String s) || org.didworkbench.domain.dataset.IsoDate.parse(s) == null) {
                    problems.add(new ProfileProblem(v.location(), value instanceof String s
                            ? path + " '" + s + "' is not a real date written CCYY-MM-DD" : expected));
                }
            }
        }
    }

    private static void checkItem(String path, String name, ParamSpec p, ParamValue v, List<DataItem> items,
                                  List<String> itemNames, String what, List<ProfileProblem> problems) {
        int i = itemNames.indexOf(name);
        if (i < 0) {
            problems.add(new ProfileProblem(v.location(), path + " '" + name + "' is not an item of this profile;"
                    + " expected one of " + Suggestions.oneOf(itemNames) + Suggestions.didYouMean(name, itemNames)));
            return;
        }
        ValueType type = items.get(i).type();
        if (!p.itemTypes().isEmpty() && !p.itemTypes().contains(type)) {
            List<String> allowed = p.itemTypes().stream().map(ValueType::label).sorted().toList();
            problems.add(new ProfileProblem(v.location(), path + " '" + name + "' is a " + type.label() + " item; "
                    + what + " needs " + (allowed.size() == 1 ? "a " : "") + Suggestions.oneOf(allowed)
                    + (allowed.size() == 1 ? " item" : " items") + " here"));
        }
    }
}
