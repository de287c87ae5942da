package org.didworkbench.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.quality.ItemQuality;
import org.didworkbench.domain.quality.QualitySummary;
import org.didworkbench.domain.rules.Rule;

/**
 * The summary JSON: a published contract (see README). Holds figures only, never patient values.
 * Fields: {@code profile, records, verdict, errors, warnings, errorRecords, warningRecords, byRule,
 * rules, notChecked, items} plus whatever context the caller adds (file name, submission date…).
 */
public final class SummaryJson {
    /** Built on first use: only reading needs it (writing is {@link JsonText}), and building it is slow. */
    private static final class Reader {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private SummaryJson() {
    }

    /** The summary as an ordered map, with {@code context} entries first. */
    public static Map<String, Object> toMap(QualitySummary s, Profile profile, List<Rule> workbenchRules,
                                            Map<String, Object> context) {
        Map<String, Object> m = new LinkedHashMap<>(context);
        m.put("profile", s.profile());
        m.put("records", s.records());
        m.put("verdict", s.verdict().label());
        m.put("verdictText", s.verdictSentence());
        m.put("errors", s.errors());
        m.put("warnings", s.warnings());
        m.put("workbenchFindings", s.workbench());
        m.put("errorRecords", s.errorRecords());
        m.put("warningRecords", s.warningRecords());
        m.put("byRule", s.byRule());
        Map<String, Object> rules = new LinkedHashMap<>();
        for (Map.Entry<String, Long> e : s.byRule().entrySet()) {
            Map<String, Object> r = new LinkedHashMap<>();
            Rule rule = profile.rule(e.getKey()).orElse(workbenchRules.stream()
                    .filter(w -> w.code().equals(e.getKey())).findFirst().orElse(null));
            r.put("severity", rule == null ? "error" : rule.severity().label());
            r.put("workbench", e.getKey().startsWith("DQW-"));
            r.put("provisional", profile.provenanceOf(e.getKey()).provisional());
            r.put("count", e.getValue());
            r.put("items", rule == null ? List.of("RECORD") : rule.fields());
            r.put("description", rule == null ? structureDescription(profile) : rule.description());
            rules.put(e.getKey(), r);
        }
        m.put("rules", rules);
        m.put("notChecked", s.notChecked());
        Map<String, Object> items = new LinkedHashMap<>();
        for (ItemQuality q : s.items()) {
            Map<String, Object> i = new LinkedHashMap<>();
            i.put("completeness", round(q.completeness()));
            i.put("validity", round(q.validity()));
            i.put("defaultRate", round(q.defaultRate()));
            i.put("present", q.present());
            i.put("valid", q.valid());
            i.put("defaults", q.defaults());
            i.put("records", q.records());
            items.put(q.item(), i);
        }
        m.put("items", items);
        return m;
    }

    private static String structureDescription(Profile profile) {
        return "Each record must have exactly " + profile.itemCount() + " fields and be well-formed CSV.";
    }

    private static double round(double v) {
        return Math.round(v * 1_000_000d) / 1_000_000d;
    }

    /**
     * Reads a summary written by {@link #toJson} back as nested maps, lists, strings, numbers and
     * booleans (for the report, which compares the figures at import with the figures now).
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String json) {
        try {
            Object value = Reader.MAPPER.readValue(json, Object.class);
            if (!(value instanceof Map)) {
                throw new IllegalArgumentException("The summary is not a JSON object");
            }
            return (Map<String, Object>) value;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The summary could not be read as JSON", e);
        }
    }

    /** The map as indented JSON (nested maps, collections, strings, numbers, booleans and nulls). */
    public static String toJson(Map<String, Object> map) {
        return JsonText.write(map);
    }

    public static void write(Path target, Map<String, Object> map) throws IOException {
        AtomicFiles.write(target, out -> {
            out.write(toJson(map).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.write('\n');
        });
    }
}
