package org.didworkbench.domain.dataset;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One data item of a submission profile, in file order.
 *
 * @param name               the short item name used in every output (e.g. {@code NHS_NUMBER})
 * @param dataDictionaryName the NHS Data Model and Dictionary name (e.g. {@code NHS NUMBER})
 * @param format             the dictionary format, e.g. {@code n10}, {@code an10 CCYY-MM-DD}, {@code max an8}
 * @param mandation          M, M*, R or O
 * @param patientIdentifier  true for items that identify a patient (never shown in reports)
 * @param normalisation      how the raw value is cleaned before rules read it
 * @param codes              the national code list, empty when the item is not coded
 * @param defaultCodes       codes that mean "not known" or "not applicable" (counted as defaults)
 * @param defaultPrefixes    prefixes that mark a default value (e.g. {@code ZZ99} pseudo-postcodes)
 * @param type               how rules read the value: text, CCYY-MM-DD date or timestamp
 * @param aliases            other column names a header row may use for the item (e.g. the DPS name
 *                           {@code DATE_OF_BIRTH}); the name and the data dictionary name always count
 * @param maxLength          the greatest number of characters the format allows, 0 when not stated
 * @param condition          for conditional mandation ({@link Mandation#CONDITIONAL}), when the item is
 *                           required, in plain English; null otherwise
 * @param provenance         whether the item is confirmed by a published specification, and why not
 */
public record DataItem(
        String name,
        String dataDictionaryName,
        String format,
        Mandation mandation,
        boolean patientIdentifier,
        Normalisation normalisation,
        List<CodeValue> codes,
        Set<String> defaultCodes,
        List<String> defaultPrefixes,
        ValueType type,
        List<String> aliases,
        int maxLength,
        String condition,
        Provenance provenance) {

    public DataItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataDictionaryName, "dataDictionaryName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(mandation, "mandation");
        Objects.requireNonNull(normalisation, "normalisation");
        codes = List.copyOf(codes);
        defaultCodes = Set.copyOf(defaultCodes);
        defaultPrefixes = List.copyOf(defaultPrefixes);
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength must not be negative");
        }
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * An item with no aliases, no stated maximum length, no condition, confirmed, whose type follows
     * from its format ({@link ValueType#fromFormat}).
     */
    public DataItem(String name, String dataDictionaryName, String format, Mandation mandation,
                    boolean patientIdentifier, Normalisation normalisation, List<CodeValue> codes,
                    Set<String> defaultCodes, List<String> defaultPrefixes) {
        this(name, dataDictionaryName, format, mandation, patientIdentifier, normalisation, codes, defaultCodes,
                defaultPrefixes, ValueType.fromFormat(format), List.of(), 0, null, Provenance.CONFIRMED);
    }

    /** This item with other header aliases. */
    public DataItem withAliases(List<String> newAliases) {
        return new DataItem(name, dataDictionaryName, format, mandation, patientIdentifier, normalisation, codes,
                defaultCodes, defaultPrefixes, type, newAliases, maxLength, condition, provenance);
    }

    /** This item with a stated maximum length. */
    public DataItem withMaxLength(int max) {
        return new DataItem(name, dataDictionaryName, format, mandation, patientIdentifier, normalisation, codes,
                defaultCodes, defaultPrefixes, type, aliases, max, condition, provenance);
    }

    /** True when the item is not confirmed by a published specification. */
    public boolean provisional() {
        return provenance.provisional();
    }

    /** True when a normalised value is one of the item's default ("not known") codes. */
    public boolean isDefault(String normalisedValue) {
        if (normalisedValue == null) {
            return false;
        }
        if (defaultCodes.contains(normalisedValue)) {
            return true;
        }
        for (String p : defaultPrefixes) {
            if (normalisedValue.regionMatches(true, 0, p, 0, p.length())) {
                return true;
            }
        }
        return false;
    }

    /** True when the item takes its values from a closed national code list. */
    public boolean isCoded() {
        return !codes.isEmpty();
    }

    /** The meaning of a code, when the code is in this item's list (exact, case-sensitive). */
    public Optional<String> meaningOf(String code) {
        for (CodeValue c : codes) {
            if (c.code().equals(code)) {
                return Optional.of(c.meaning());
            }
        }
        return Optional.empty();
    }

    /** A readable column title: the data dictionary name in title case would lose acronyms, so it is kept as is. */
    public String title() {
        return dataDictionaryName;
    }
}
