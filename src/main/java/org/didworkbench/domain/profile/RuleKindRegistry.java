package org.didworkbench.domain.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.didworkbench.domain.dataset.ValueType;
import org.didworkbench.domain.rules.Rule;

/**
 * The rule kinds a profile file can bind, and the built-in rules registered by name (rules that need
 * code, such as DID v1's month-end arithmetic). Each kind states its parameters, so the binder can
 * name a missing, unknown or mistyped parameter with its line before the kind's factory runs.
 * Immutable once built.
 */
public final class RuleKindRegistry {
    /** The name of the kind that binds a rule registered by name. */
    public static final String BUILTIN = "builtin";

    /** What a parameter holds. */
    public enum ParamType {
        /** The name of one item of the profile. */
        ITEM("an item name"),
        /** A list of item names. */
        ITEMS("a list of item names"),
        /** Text. */
        STRING("text"),
        /** A list of texts. */
        STRINGS("a list of texts"),
        /** A whole number. */
        INTEGER("a whole number"),
        /** true or false. */
        BOOLEAN("true or false"),
        /** A date written CCYY-MM-DD. */
        DATE("a date written CCYY-MM-DD");

        private final String description;

        ParamType(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /**
     * One parameter of a kind.
     *
     * @param name      as written in the file
     * @param type      what it holds
     * @param required  true when the rule cannot do without it
     * @param itemTypes for item parameters, the item types accepted (empty: any)
     * @param doc       what it means, one phrase
     */
    public record ParamSpec(String name, ParamType type, boolean required, Set<ValueType> itemTypes, String doc) {
        public ParamSpec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            itemTypes = itemTypes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(itemTypes));
            Objects.requireNonNull(doc, "doc");
        }

        public static ParamSpec required(String name, ParamType type, String doc) {
            return new ParamSpec(name, type, true, Set.of(), doc);
        }

        public static ParamSpec optional(String name, ParamType type, String doc) {
            return new ParamSpec(name, type, false, Set.of(), doc);
        }

        /** A required item parameter restricted to some item types. */
        public static ParamSpec item(String name, String doc, ValueType... types) {
            return new ParamSpec(name, ParamType.ITEM, true, Set.of(types), doc);
        }
    }

    /** Makes a rule from a binding; returns null after reporting problems through the binding. */
    @FunctionalInterface
    public interface RuleFactory {
        Rule create(RuleBinding binding);
    }

    /**
     * A rule kind (or a built-in rule).
     *
     * @param name            as written in {@code "kind"} (or {@code "name"} for a built-in)
     * @param summary         what a rule of this kind checks, one sentence, for docs and listings
     * @param categoryAllowed true when a file may set the rule's quality category (else the kind fixes it)
     * @param params          the parameters
     * @param factory         makes the rule
     */
    public record KindSpec(String name, String summary, boolean categoryAllowed, List<ParamSpec> params,
                           RuleFactory factory) {
        public KindSpec {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(summary, "summary");
            params = List.copyOf(params);
            Objects.requireNonNull(factory, "factory");
        }

        public Optional<ParamSpec> param(String paramName) {
            return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
        }

        public List<String> paramNames() {
            return params.stream().map(ParamSpec::name).toList();
        }
    }

    private final Map<String, KindSpec> kinds;
    private final Map<String, KindSpec> builtins;

    private RuleKindRegistry(Map<String, KindSpec> kinds, Map<String, KindSpec> builtins) {
        this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
        this.builtins = Collections.unmodifiableMap(new LinkedHashMap<>(builtins));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The kind with this name (not {@value #BUILTIN}, which the binder handles). */
    public Optional<KindSpec> kind(String name) {
        return Optional.ofNullable(kinds.get(name));
    }

    /** The built-in rule registered under this name. */
    public Optional<KindSpec> builtin(String name) {
        return Optional.ofNullable(builtins.get(name));
    }

    /** Every kind, in registration order, {@value #BUILTIN} included last. */
    public List<String> kindNames() {
        List<String> names = new ArrayList<>(kinds.keySet());
        names.add(BUILTIN);
        return names;
    }

    public List<KindSpec> kinds() {
        return List.copyOf(kinds.values());
    }

    public List<KindSpec> builtins() {
        return List.copyOf(builtins.values());
    }

    public List<String> builtinNames() {
        return List.copyOf(builtins.keySet());
    }

    /** Collects kinds and built-ins; names must be unique. */
    public static final class Builder {
        private final Map<String, KindSpec> kinds = new LinkedHashMap<>();
        private final Map<String, KindSpec> builtins = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder kind(KindSpec spec) {
            if (spec.name().equals(BUILTIN) || kinds.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("rule kind registered twice: " + spec.name());
            }
            return this;
        }

        public Builder builtin(KindSpec spec) {
            if (builtins.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("built-in rule registered twice: " + spec.name());
            }
            return this;
        }

        public RuleKindRegistry build() {
            return new RuleKindRegistry(kinds, builtins);
        }
    }
}
