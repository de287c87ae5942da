package org.didworkbench.io.profile;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.didworkbench.domain.dataset.CodeValue;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.Mandation;
import org.didworkbench.domain.dataset.Normalisation;
import org.didworkbench.domain.dataset.Provenance;
import org.didworkbench.domain.dataset.ValueType;
import org.didworkbench.domain.profile.ItemDefinition;
import org.didworkbench.domain.profile.Location;
import org.didworkbench.domain.profile.ParamValue;
import org.didworkbench.domain.profile.ProfileDefinition;
import org.didworkbench.domain.profile.ProfileDefinitionException;
import org.didworkbench.domain.profile.ProfileProblem;
import org.didworkbench.domain.profile.RuleDefinition;
import org.didworkbench.domain.profile.XmlDefinition;
import org.didworkbench.domain.rules.RuleKind;
import org.didworkbench.domain.rules.Severity;

/**
 * Reads a profile file (docs/profiles.md; schema docs/profile-schema.json) into a
 * {@link ProfileDefinition}: checks the JSON's shape (known fields, types, required fields, the words
 * allowed for mandation, severity and so on) and reports every mistake with the file's name and the
 * line, all at once. Whether the rules make sense (kinds, parameters, item names) is the binder's
 * business. UTF-8 only. Stateless.
 */
public final class ProfileFileReader {
    static final Set<String> TOP = Set.of("$schema", "comment", "formatVersion", "id", "title", "provisional",
            "basis", "structureRule", "xml", "items", "rules");
    static final Set<String> ITEM = Set.of("comment", "name", "ddName", "aliases", "format", "type",
            "maxLength", "mandation", "condition", "identifier", "normalisation", "codes", "defaults",
            "defaultPrefixes", "xml", "provisional", "basis");
    static final Set<String> RULE_COMMON = Set.of("comment", "kind", "code", "severity", "category",
            "description", "message", "provisional", "basis");
    private static final Set<String> XML = Set.of("comment", "namespace", "root", "record", "repeating", "sequence");
    /** Profile files larger than this are refused (the built-in ones are about 30 KB). */
    static final long MAX_BYTES = 8L << 20;

    private final String source;
    private final List<ProfileProblem> problems = new ArrayList<>();

    private ProfileFileReader(String source) {
        this.source = source;
    }

    /**
     * Reads a profile file.
     *
     * @throws ProfileDefinitionException every mistake found, each with the file name and line
     * @throws IOException                when the file cannot be read (the message names it)
     */
    public static ProfileDefinition read(Path file) throws IOException, ProfileDefinitionException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "the profile file " + name + " cannot be found");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("the profile file " + name + " is larger than 8 MB; a profile file is a few"
                    + " kilobytes of JSON");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(name, in);
        }
    }

    /** Reads a profile from a stream of UTF-8 JSON; {@code source} names it in messages. */
    public static ProfileDefinition read(String source, InputStream in) throws IOException,
            ProfileDefinitionException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return read(source, reader);
        } catch (CharacterCodingException e) {
            throw new ProfileDefinitionException(new ProfileProblem(new Location(source, 0),
                    "is not UTF-8 text; save the profile file as UTF-8"));
        }
    }

    /** Reads a profile from JSON text; {@code source} names it in messages. */
    public static ProfileDefinition read(String source, String json) throws ProfileDefinitionException {
        try {
            return read(source, new StringReader(json));
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static ProfileDefinition read(String source, Reader reader) throws IOException,
            ProfileDefinitionException {
        JsonNode root;
        try {
            root = LocatedJsonParser.parse(reader);
        } catch (LocatedJsonParser.SyntaxException e) {
            throw new ProfileDefinitionException(new ProfileProblem(new Location(source, e.line), e.getMessage()));
        }
        ProfileFileReader r = new ProfileFileReader(source);
        ProfileDefinition def = r.profile(root);
        if (!r.problems.isEmpty()) {
            throw new ProfileDefinitionException(r.problems);
        }
        return def;
    }

    private Location at(JsonNode n) {
        return new Location(source, n.line());
    }

    private void problem(JsonNode at, String message) {
        problems.add(new ProfileProblem(at(at), message));
    }

    private ProfileDefinition profile(JsonNode root) {
        if (!root.isObject()) {
            problem(root, "the file holds " + root.typeName() + "; expected a JSON object with formatVersion, id,"
                    + " title, items and rules");
            return null;
        }
        Map<String, JsonNode> o = root.object();
        unknown("", o, TOP, root);
        Long version = integer("formatVersion", o, root, true);
        String id = string("id", o, root, true);
        String title = string("title", o, root, true);
        Boolean provisional = bool("provisional", o, root);
        String basis = string("basis", o, root, false);
        String structure = string("structureRule", o, root, true);
        XmlDefinition xml = o.containsKey("xml") ? xml(o.get("xml")) : null;
        List<ItemDefinition> items = new ArrayList<>();
        JsonNode itemList = list("items", o, root);
        if (itemList != null) {
            for (int i = 0; i < itemList.list().size(); i++) {
                ItemDefinition d = item("items[" + i + "]", itemList.list().get(i));
                if (d != null) {
                    items.add(d);
                }
            }
        }
        List<RuleDefinition> rules = new ArrayList<>();
        JsonNode ruleList = list("rules", o, root);
        if (ruleList != null) {
            for (int i = 0; i < ruleList.list().size(); i++) {
                RuleDefinition d = rule("rules[" + i + "]", ruleList.list().get(i));
                if (d != null) {
                    rules.add(d);
                }
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new ProfileDefinition(source, at(root), version.intValue(), id, title,
                provisional != null && provisional, basis, structure, items, rules, xml);
    }

    private XmlDefinition xml(JsonNode n) {
        if (!n.isObject()) {
            problem(n, "xml is " + n.typeName() + "; expected an object with namespace, root, record and repeating");
            return null;
        }
        Map<String, JsonNode> o = n.object();
        unknown("xml", o, XML, n);
        Map<String, List<String>> sequence = new LinkedHashMap<>();
        JsonNode seq = o.get("sequence");
        if (seq != null && !seq.isObject()) {
            problem(seq, "xml.sequence is " + seq.typeName() + "; expected an object of group → element names");
        } else if (seq != null) {
            for (Map.Entry<String, JsonNode> e : seq.object().entrySet()) {
                sequence.put(e.getKey(), strings("xml.sequence." + e.getKey(), e.getValue()));
            }
        }
        return new XmlDefinition(at(n), string("xml.namespace", "namespace", o, n, true),
                string("xml.root", "root", o, n, true), string("xml.record", "record", o, n, true),
                string("xml.repeating", "repeating", o, n, true), sequence);
    }

    private ItemDefinition item(String path, JsonNode n) {
        if (!n.isObject()) {
            problem(n, path + " is " + n.typeName() + "; expected an object describing one data item");
            return null;
        }
        int before = problems.size();
        Map<String, JsonNode> o = n.object();
        unknown(path, o, ITEM, n);
        String name = string(path + ".name", "name", o, n, true);
        String dd = string(path + ".ddName", "ddName", o, n, true);
        String format = string(path + ".format", "format", o, n, true);
        List<String> aliases = strings(path + ".aliases", o.get("aliases"));
        String typeText = string(path + ".type", "type", o, n, false);
        ValueType type = format == null ? ValueType.TEXT : ValueType.fromFormat(format);
        if (typeText != null) {
            type = word(path + ".type", o.get("type"), typeText, ValueType.values(), ValueType::label, type);
        }
        Long max = integer(path + ".maxLength", "maxLength", o, n, false);
        if (max != null && max < 1) {
            problem(o.get("maxLength"), path + ".maxLength " + max + " is not allowed; expected 1 or more");
        }
        String mandationText = string(path + ".mandation", "mandation", o, n, true);
        Mandation mandation = Mandation.OPTIONAL;
        if (mandationText != null) {
            mandation = Mandation.fromSymbol(mandationText);
            if (mandation == null) {
                problem(o.get("mandation"), path + ".mandation '" + mandationText + "' is not a mandation; expected M,"
                        + " M*, R, O or C");
                mandation = Mandation.OPTIONAL;
            }
        }
        String condition = string(path + ".condition", "condition", o, n, false);
        Boolean identifier = bool(path + ".identifier", "identifier", o, n);
        Normalisation normalisation = Normalisation.STRIP;
        String normText = string(path + ".normalisation", "normalisation", o, n, false);
        if (normText != null) {
            normalisation = word(path + ".normalisation", o.get("normalisation"), normText, Normalisation.values(),
                    ProfileFileReader::normalisationWord, Normalisation.STRIP);
        }
        List<CodeValue> codes = codes(path + ".codes", o.get("codes"));
        List<String> defaults = strings(path + ".defaults", o.get("defaults"));
        List<String> prefixes = strings(path + ".defaultPrefixes", o.get("defaultPrefixes"));
        String xml = string(path + ".xml", "xml", o, n, false);
        Provenance provenance = provenance(path, o, n);
        if (problems.size() > before) {
            return null;
        }
        DataItem item = new DataItem(name, dd, format, mandation, identifier != null && identifier, normalisation,
                codes, new LinkedHashSet<>(defaults), prefixes, type, aliases, max == null ? 0 : max.intValue(),
                condition, provenance);
        return new ItemDefinition(path, at(n), item, xml);
    }

    static String normalisationWord(Normalisation n) {
        return n == Normalisation.STRIP ? "strip" : "stripSpacesAndHyphens";
    }

    private RuleDefinition rule(String path, JsonNode n) {
        if (!n.isObject()) {
            problem(n, path + " is " + n.typeName() + "; expected an object describing one rule");
            return null;
        }
        int before = problems.size();
        Map<String, JsonNode> o = n.object();
        String kind = string(path + ".kind", "kind", o, n, true);
        String code = string(path + ".code", "code", o, n, true);
        String severityText = string(path + ".severity", "severity", o, n, true);
        Severity severity = Severity.ERROR;
        if (severityText != null) {
            severity = word(path + ".severity", o.get("severity"), severityText, Severity.values(), Severity::label,
                    Severity.ERROR);
        }
        String categoryText = string(path + ".category", "category", o, n, false);
        RuleKind category = null;
        if (categoryText != null) {
            category = word(path + ".category", o.get("category"), categoryText, RuleKind.values(),
                    k -> k.name().toLowerCase(Locale.ROOT), null);
        }
        String description = string(path + ".description", "description", o, n, false);
        String message = string(path + ".message", "message", o, n, false);
        Provenance provenance = provenance(path, o, n);
        Map<String, ParamValue> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : o.entrySet()) {
            if (!RULE_COMMON.contains(e.getKey())) {
                params.put(e.getKey(), param(e.getValue()));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new RuleDefinition(path, at(n), kind, code, severity, category, description, message, provenance,
                params);
    }

    private Provenance provenance(String path, Map<String, JsonNode> o, JsonNode n) {
        Boolean provisional = bool(path + ".provisional", "provisional", o, n);
        String basis = string(path + ".basis", "basis", o, n, false);
        if (provisional != null && provisional && (basis == null || basis.isBlank())) {
            problem(o.get("provisional"), path + " is provisional but gives no basis; say why in \"basis\", e.g."
                    + " \"carried over from v1 [INFER]\"");
        }
        return new Provenance(provisional != null && provisional, basis);
    }

    private ParamValue param(JsonNode n) {
        Object v = n.value();
        if (v instanceof List<?>) {
            List<ParamValue> list = new ArrayList<>();
            for (JsonNode e : n.list()) {
                list.add(param(e));
            }
            v = list;
        } else if (v instanceof Map<?, ?>) {
            Map<String, ParamValue> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.object().entrySet()) {
                map.put(e.getKey(), param(e.getValue()));
            }
            v = map;
        }
        return new ParamValue(v, at(n));
    }

    private List<CodeValue> codes(String path, JsonNode n) {
        List<CodeValue> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (!n.isObject()) {
            problem(n, path + " is " + n.typeName() + "; expected an object of code → meaning, e.g. {\"1\":"
                    + " \"Routine\", \"2\": \"Urgent\"}");
            return out;
        }
        for (Map.Entry<String, JsonNode> e : n.object().entrySet()) {
            if (e.getValue().value() instanceof String meaning) {
                out.add(new CodeValue(e.getKey(), meaning));
            } else {
                problem(e.getValue(), path + "." + e.getKey() + " is " + e.getValue().typeName()
                        + "; expected the code's meaning as text");
            }
        }
        return out;
    }

    private void unknown(String path, Map<String, JsonNode> o, Set<String> known, JsonNode at) {
        for (Map.Entry<String, JsonNode> e : o.entrySet()) {
            if (!known.contains(e.getKey())) {
                String where = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
                problem(e.getValue(), where + " is not a field of " + (path.isEmpty() ? "a profile" : path)
                        + "; expected one of " + String.join(", ", known.stream().filter(k -> !k.startsWith("$"))
                        .sorted().toList()) + didYouMean(e.getKey(), known));
            }
        }
    }

    private static String didYouMean(String given, Set<String> known) {
        for (String k : known) {
            if (k.equalsIgnoreCase(given) || distance(k.toLowerCase(Locale.ROOT), given.toLowerCase(Locale.ROOT)) <= 2) {
                return " (did you mean '" + k + "'?)";
            }
        }
        return "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] cur = new int[b.length() + 1];
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1),
                        prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            prev = cur;
        }
        return prev[b.length()];
    }

    private <E> E word(String path, JsonNode n, String text, E[] values, java.util.function.Function<E, String> label,
                       E fallback) {
        for (E v : values) {
            if (label.apply(v).equals(text)) {
                return v;
            }
        }
        List<String> words = new ArrayList<>();
        for (E v : values) {
            words.add(label.apply(v));
        }
        problem(n, path + " '" + text + "' is not allowed; expected " + String.join(", ", words));
        return fallback;
    }

    private String string(String key, Map<String, JsonNode> o, JsonNode owner, boolean required) {
        return string(key, key, o, owner, required);
    }

    private String string(String path, String key, Map<String, JsonNode> o, JsonNode owner, boolean required) {
        JsonNode n = o.get(key);
        if (n == null || n.value() == null) {
            if (required) {
                problem(owner, missing(path));
            }
            return null;
        }
        if (n.value() instanceof String s) {
            return s;
        }
        problem(n, path + " is " + n.typeName() + "; expected text");
        return null;
    }

    private static String missing(String path) {
        int dot = path.lastIndexOf('.');
        String owner = dot < 0 ? "the profile" : path.substring(0, dot);
        return owner + " has no \"" + path.substring(dot + 1) + "\", which is required";
    }

    private Long integer(String key, Map<String, JsonNode> o, JsonNode owner, boolean required) {
        return integer(key, key, o, owner, required);
    }

    private Long integer(String path, String key, Map<String, JsonNode> o, JsonNode owner, boolean required) {
        JsonNode n = o.get(key);
        if (n == null || n.value() == null) {
            if (required) {
                problem(owner, missing(path));
            }
            return null;
        }
        if (n.value() instanceof Long l) {
            return l;
        }
        problem(n, path + " is " + n.typeName() + "; expected a whole number");
        return null;
    }

    private Boolean bool(String key, Map<String, JsonNode> o, JsonNode owner) {
        return bool(key, key, o, owner);
    }

    private Boolean bool(String path, String key, Map<String, JsonNode> o, JsonNode owner) {
        JsonNode n = o.get(key);
        if (n == null || n.value() == null) {
            return null;
        }
        if (n.value() instanceof Boolean b) {
            return b;
        }
        problem(n, path + " is " + n.typeName() + "; expected true or false");
        return null;
    }

    private JsonNode list(String key, Map<String, JsonNode> o, JsonNode owner) {
        JsonNode n = o.get(key);
        if (n == null) {
            problem(owner, missing(key));
            return null;
        }
        if (!(n.value() instanceof List<?>)) {
            problem(n, key + " is " + n.typeName() + "; expected a list");
            return null;
        }
        return n;
    }

    private List<String> strings(String path, JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.value() == null) {
            return out;
        }
        if (!(n.value() instanceof List<?>)) {
            problem(n, path + " is " + n.typeName() + "; expected a list of texts");
            return out;
        }
        List<JsonNode> list = n.list();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).value() instanceof String s) {
                out.add(s);
            } else {
                problem(list.get(i), path + "[" + i + "] is " + list.get(i).typeName() + "; expected text");
            }
        }
        return out;
    }
}
