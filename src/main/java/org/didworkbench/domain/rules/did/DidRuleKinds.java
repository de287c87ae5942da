package org.didworkbench.domain.rules.did;

import static org.didworkbench.domain.profile.RuleKindRegistry.ParamSpec.item;
import static org.didworkbench.domain.profile.RuleKindRegistry.ParamSpec.optional;
import static org.didworkbench.domain.profile.RuleKindRegistry.ParamSpec.required;
import static org.didworkbench.domain.profile.RuleKindRegistry.ParamType.DATE;
import static org.didworkbench.domain.profile.RuleKindRegistry.ParamType.INTEGER;
import static org.didworkbench.domain.profile.RuleKindRegistry.ParamType.ITEM;
import static org.didworkbench.domain.profile.RuleKindRegistry.ParamType.ITEMS;
import static org.didworkbench.domain.profile.RuleKindRegistry.ParamType.STRING;
import static org.didworkbench.domain.profile.RuleKindRegistry.ParamType.STRINGS;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.didworkbench.domain.dataset.CodeValue;
import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.ValueType;
import org.didworkbench.domain.profile.RuleBinding;
import org.didworkbench.domain.profile.RuleKindRegistry;
import org.didworkbench.domain.profile.RuleKindRegistry.KindSpec;
import org.didworkbench.domain.profile.RuleKindRegistry.ParamSpec;
import org.didworkbench.domain.profile.RuleKindRegistry.RuleFactory;
import org.didworkbench.domain.rules.Rule;
import org.didworkbench.domain.rules.RuleKind;

/**
 * The rule kinds a profile file can use, each bound to the same small rule classes the DID v1
 * catalogue is built from, and the built-in rules registered by name (DID v1's own wording and its
 * month-end arithmetic, its reference-data rules, and the NICIP/SNOMED CT consistency check). The
 * catalogue with an example of each is in docs/profiles.md.
 */
public final class DidRuleKinds {
    /** The offsets DIDS v2.0 allows (dids-v2-reference.md §1.5), in the order messages give them. */
    public static final List<String> DIDS_V2_OFFSETS = List.of("+01:00", "+00:00", "-00:00", "Z");

    private static final ValueType[] DATES = {ValueType.DATE, ValueType.TIMESTAMP};

    private DidRuleKinds() {
    }

    /** Every kind and built-in of this build. */
    public static RuleKindRegistry registry() {
        RuleKindRegistry.Builder b = RuleKindRegistry.builder();
        kinds(b);
        builtins(b);
        return b.build();
    }

    private static KindSpec spec(String name, String summary, boolean category, List<ParamSpec> params,
                                 RuleFactory factory) {
        return new KindSpec(name, summary, category, params, factory);
    }

    private static ItemRef ref(RuleBinding b, String param) {
        int i = b.item(param);
        return i < 0 ? null : ItemRef.of(b.profileItems(), i);
    }

    private static List<ItemRef> refs(RuleBinding b, String param) {
        List<ItemRef> out = new ArrayList<>();
        for (int i : b.items(param)) {
            out.add(ItemRef.of(b.profileItems(), i));
        }
        return out;
    }

    private static DataItem data(RuleBinding b, ItemRef ref) {
        return b.profileItems().get(ref.index());
    }

    private static void kinds(RuleKindRegistry.Builder r) {
        r.kind(spec("required", "The item must not be blank.", false,
                List.of(required("item", ITEM, "the item that must be supplied")),
                b -> new NotBlankRule(b.code(), b.severity(), ref(b, "item"))));

        r.kind(spec("format", "A supplied value must have a length and, optionally, match a regular expression.", true,
                List.of(required("item", ITEM, "the item checked"),
                        optional("pattern", STRING, "a Java regular expression the whole value must match"),
                        optional("length", INTEGER, "the exact number of characters"),
                        optional("minLength", INTEGER, "the least number of characters"),
                        optional("maxLength", INTEGER, "the greatest number of characters"),
                        optional("expected", STRING, "what a right value looks like, for messages")),
                DidRuleKinds::format));

        r.kind(spec("codeList", "A supplied value must be one of the item's codes (exact, case-sensitive).", false,
                List.of(required("item", ITEM, "the coded item"),
                        optional("codes", STRINGS, "the codes, when not the item's own list")),
                DidRuleKinds::codeList));

        r.kind(spec("checkDigit", "A supplied value must pass a check-digit scheme: nhs (modulus 11) or sctid"
                        + " (SNOMED CT identifier with Verhoeff check digit).", true,
                List.of(required("item", ITEM, "the item checked"),
                        required("scheme", STRING, "nhs or sctid")),
                DidRuleKinds::checkDigit));

        r.kind(spec("date", "A supplied value must be a real calendar date written CCYY-MM-DD.", false,
                List.of(item("item", "a date item", ValueType.DATE)),
                b -> new DateFormatRule(b.code(), b.severity(), ref(b, "item"))));

        r.kind(spec("timestamp", "A supplied value must be CCYY-MM-DDThh:mm:ss followed by one of the allowed"
                        + " offsets.", false,
                List.of(item("item", "a timestamp item", ValueType.TIMESTAMP),
                        optional("offsets", STRINGS, "the offsets allowed; default +01:00, +00:00, -00:00 and Z")),
                DidRuleKinds::timestamp));

        r.kind(spec("ukClock", "A timestamp's offset should be the UK clock's on its date and time (+01:00 in"
                        + " British Summer Time, else +00:00, -00:00 or Z).", false,
                List.of(item("item", "a timestamp item", ValueType.TIMESTAMP)),
                b -> new UkClockRule(b.code(), b.severity(), ref(b, "item"))));

        r.kind(spec("notBefore", "A valid date must not be before a fixed date.", false,
                List.of(item("item", "a date or timestamp item", DATES),
                        required("date", DATE, "the earliest date allowed")),
                b -> new DateFloorRule(b.code(), b.severity(), ref(b, "item"), b.date("date"))));

        r.kind(spec("order", "One date or timestamp must not be after another (same day or moment allowed).", false,
                List.of(item("earlier", "the item that comes first", DATES),
                        item("later", "the item that comes after it", DATES)),
                DidRuleKinds::order));

        r.kind(spec("intervalLimit", "A later date should be no more than a number of days (or calendar months)"
                        + " after an earlier one.", false,
                List.of(item("from", "the earlier item", DATES), item("to", "the later item", DATES),
                        optional("maxDays", INTEGER, "the most days allowed"),
                        optional("maxMonths", INTEGER, "the most calendar months allowed")),
                DidRuleKinds::interval));

        r.kind(spec("notAfterSubmission", "A valid date must not be after the submission date.", false,
                List.of(item("item", "a date or timestamp item", DATES)),
                b -> new NotAfterSubmissionRule(b.code(), b.severity(), ref(b, "item"))));

        r.kind(spec("atLeastOne", "At least one of the items must be supplied.", false,
                List.of(required("items", ITEMS, "the items of which one is needed"),
                        optional("ignoreItem", ITEM, "an item whose values starting with ignorePrefix do not count"),
                        optional("ignorePrefix", STRING, "that prefix, e.g. ZZ99")),
                DidRuleKinds::atLeastOne));

        r.kind(spec("requiredIf", "When an item holds one of some values, another item must be supplied.", false,
                List.of(required("item", ITEM, "the item the condition reads"),
                        required("equals", STRINGS, "the values that make the other item required"),
                        required("then", ITEM, "the item then required")),
                DidRuleKinds::requiredIf));

        r.kind(spec("unique", "No two records may share the values of the items (within the scope items).", false,
                List.of(required("items", ITEMS, "the items whose values must not repeat"),
                        optional("within", ITEMS, "items that scope them, e.g. the site")),
                DidRuleKinds::unique));

        r.kind(spec("referenceMember", "A supplied value must be in reference data: nicip or snomed (active on the"
                        + " day of another item, or ended within the grace period), postcode or ods.", false,
                List.of(required("item", ITEM, "the item checked"),
                        required("reference", STRING, "nicip, snomed, postcode or ods"),
                        new ParamSpec("at", ITEM, false, Set.of(DATES), "for nicip and snomed: the date or timestamp"
                                + " item the code must be valid on"),
                        optional("graceDays", INTEGER, "for nicip and snomed: days a code stays valid after it ends"),
                        optional("graceMonths", INTEGER, "as graceDays, in calendar months"),
                        optional("outcome", STRING, "invalid (default): report codes that are not valid; grace:"
                                + " warn about codes valid only by the grace period")),
                DidRuleKinds::referenceMember));
    }

    private static Rule format(RuleBinding b) {
        Integer length = b.integer("length", 1);
        Integer min = b.integer("minLength", 0);
        Integer max = b.integer("maxLength", 1);
        String pattern = b.string("pattern");
        if (length == null && min == null && max == null && pattern == null) {
            b.problem(null, "sets nothing to check; give pattern, length, minLength or maxLength");
            return null;
        }
        if (length != null && (min != null || max != null)) {
            b.problem("length", "cannot be given with minLength or maxLength");
            return null;
        }
        if (pattern != null) {
            try {
                java.util.regex.Pattern.compile(pattern);
            } catch (java.util.regex.PatternSyntaxException e) {
                b.problem("pattern", "is not a valid regular expression: " + e.getDescription());
                return null;
            }
        }
        int lo = length != null ? length : min == null ? 0 : min;
        int hi = length != null ? length : max == null ? 0 : max;
        if (hi > 0 && lo > hi) {
            b.problem("minLength", "is more than maxLength");
            return null;
        }
        FormatCheck check = new FormatCheck(lo, hi, pattern, b.string("expected"));
        ItemRef item = ref(b, "item");
        return new ValueRule(b.code(), b.severity(), b.category(RuleKind.VALIDITY), item, check,
                b.description(item.label() + ", when supplied, must be " + check.describe() + "."));
    }

    private static Rule codeList(RuleBinding b) {
        ItemRef item = ref(b, "item");
        DataItem data = data(b, item);
        List<CodeValue> codes;
        if (b.has("codes")) {
            codes = new ArrayList<>();
            for (String c : b.strings("codes")) {
                codes.add(new CodeValue(c, data.meaningOf(c).orElse("")));
            }
        } else {
            codes = data.codes();
        }
        if (codes.isEmpty()) {
            b.problem("item", "'" + item.name() + "' has no codes; list them in the item's \"codes\" or in the"
                    + " rule's \"codes\"");
            return null;
        }
        return new CodeListRule(b.code(), b.severity(), item, codes);
    }

    private static Rule checkDigit(RuleBinding b) {
        String scheme = b.choice("scheme", List.of("nhs", "sctid"));
        if (scheme == null) {
            return null;
        }
        ItemRef item = ref(b, "item");
        if (scheme.equals("nhs")) {
            return new ValueRule(b.code(), b.severity(), b.category(RuleKind.VALIDITY), item,
                    DidV1ValueChecks::nhsNumberCheckDigit, b.description(item.label() + ", when supplied with 10"
                    + " characters, must be 10 digits passing the modulus 11 check."));
        }
        return new ValueRule(b.code(), b.severity(), b.category(RuleKind.VALIDITY), item,
                DidV1ValueChecks::snomedStructure, b.description(item.label() + " should be a SNOMED CT concept"
                + " identifier: 6 to 18 digits, no leading zero, partition 00 or 10, valid Verhoeff check digit."));
    }

    private static Rule timestamp(RuleBinding b) {
        List<String> offsets = b.has("offsets") ? b.strings("offsets") : DIDS_V2_OFFSETS;
        for (String o : offsets) {
            if (!o.equals("Z") && org.didworkbench.domain.dataset.Timestamp.parse("2026-01-01T00:00:00" + o) == null) {
                b.problem("offsets", "'" + o + "' is not an offset; expected Z or ±hh:mm, e.g. +01:00");
                return null;
            }
        }
        return new TimestampFormatRule(b.code(), b.severity(), ref(b, "item"), offsets);
    }

    private static Rule order(RuleBinding b) {
        ItemRef earlier = ref(b, "earlier");
        ItemRef later = ref(b, "later");
        boolean timestamps = data(b, earlier).type() == ValueType.TIMESTAMP
                && data(b, later).type() == ValueType.TIMESTAMP;
        return timestamps ? new TimestampOrderRule(b.code(), b.severity(), earlier, later)
                : new DateOrderRule(b.code(), b.severity(), earlier, later);
    }

    private static Rule interval(RuleBinding b) {
        Integer days = b.integer("maxDays", 1);
        Integer months = b.integer("maxMonths", 1);
        if ((days == null) == (months == null)) {
            if (!b.failed()) {
                b.problem(null, "needs exactly one of maxDays and maxMonths");
            }
            return null;
        }
        Period gap = days != null ? Period.ofDays(days) : Period.ofMonths(months);
        return new DateGapRule(b.code(), b.severity(), ref(b, "from"), ref(b, "to"), gap);
    }

    private static Rule atLeastOne(RuleBinding b) {
        List<ItemRef> items = refs(b, "items");
        ItemRef ignored = ref(b, "ignoreItem");
        String prefix = b.string("ignorePrefix");
        if ((ignored == null) != (prefix == null)) {
            b.problem(ignored == null ? "ignorePrefix" : "ignoreItem", "needs "
                    + (ignored == null ? "ignoreItem" : "ignorePrefix") + " as well");
            return null;
        }
        if (ignored != null && !items.contains(ignored)) {
            b.problem("ignoreItem", "'" + ignored.name() + "' is not one of the rule's items");
            return null;
        }
        return ignored == null ? new AtLeastOneRule(b.code(), b.severity(), items)
                : new AtLeastOneRule(b.code(), b.severity(), items, ignored, prefix);
    }

    private static Rule requiredIf(RuleBinding b) {
        ItemRef when = ref(b, "item");
        ItemRef then = ref(b, "then");
        List<String> values = b.strings("equals");
        DataItem whenItem = data(b, when);
        List<String> meanings = new ArrayList<>();
        for (String v : values) {
            whenItem.meaningOf(v).ifPresent(meanings::add);
        }
        String meaning = meanings.size() == values.size() ? String.join(" or ", meanings) : null;
        return new RequiredIfRule(b.code(), b.severity(), when, values, meaning, then);
    }

    private static Rule unique(RuleBinding b) {
        List<ItemRef> items = refs(b, "items");
        List<ItemRef> within = refs(b, "within");
        for (ItemRef w : within) {
            if (items.contains(w)) {
                b.problem("within", "'" + w.name() + "' is also one of the items");
                return null;
            }
        }
        return new UniqueItemsRule(b.code(), b.severity(), items, within);
    }

    private static Rule referenceMember(RuleBinding b) {
        String source = b.choice("reference", List.of("nicip", "snomed", "postcode", "ods"));
        String outcome = b.has("outcome") ? b.choice("outcome", List.of("invalid", "grace")) : "invalid";
        if (source == null || outcome == null) {
            return null;
        }
        ReferenceMemberRule.Source s = ReferenceMemberRule.Source.valueOf(source.toUpperCase(java.util.Locale.ROOT));
        boolean coded = s == ReferenceMemberRule.Source.NICIP || s == ReferenceMemberRule.Source.SNOMED;
        Integer days = b.integer("graceDays", 0);
        Integer months = b.integer("graceMonths", 0);
        ItemRef at = ref(b, "at");
        if (coded) {
            if (at == null) {
                b.problem(null, "needs \"at\": the date or timestamp item the " + source + " code must be valid on");
            }
            if (days != null && months != null) {
                b.problem("graceMonths", "cannot be given with graceDays");
            }
        } else {
            for (String p : List.of("at", "graceDays", "graceMonths")) {
                if (b.has(p)) {
                    b.problem(p, "applies to nicip and snomed only");
                }
            }
            if (outcome.equals("grace")) {
                b.problem("outcome", "'grace' applies to nicip and snomed only");
            }
        }
        if (b.failed()) {
            return null;
        }
        Period grace = !coded ? null : months != null ? Period.ofMonths(months)
                : Period.ofDays(days == null ? 0 : days);
        ItemRef item = ref(b, "item");
        return new ReferenceMemberRule(b.code(), b.severity(), s, outcome.equals("grace")
                ? ReferenceMemberRule.Outcome.GRACE : ReferenceMemberRule.Outcome.INVALID, item, data(b, item), at,
                grace);
    }

    private static void builtins(RuleKindRegistry.Builder r) {
        r.builtin(spec("monthsAfterBirth", "DID v1 DIDS010/DIDS040: the birth month may be at most some calendar"
                        + " months after the month of an event (Spark months_between of month ends).", false,
                List.of(item("birth", "the birth date item", ValueType.DATE),
                        item("event", "the event date item", DATES),
                        required("months", INTEGER, "the most months allowed")),
                b -> {
                    Integer m = b.integer("months", 0);
                    return m == null ? null : new MonthsAfterBirthRule(b.code(), b.severity(), ref(b, "birth"),
                            ref(b, "event"), m);
                }));
        r.builtin(spec("submissionCutOff", "DID v1 DIDS049/DIDS055: how old a date is relative to the end of the"
                        + " submission month, in Spark months_between (31-day fractions); fails when fromMonths <="
                        + " age < toMonths.", false,
                List.of(item("item", "the date item", DATES),
                        required("fromMonths", INTEGER, "lowest failing age, inclusive"),
                        optional("toMonths", INTEGER, "highest, exclusive; none when absent")),
                b -> {
                    Integer from = b.integer("fromMonths", 0);
                    Integer to = b.has("toMonths") ? b.integer("toMonths", 1) : Integer.valueOf(
                            SubmissionCutOffRule.UNBOUNDED);
                    if (from == null || to == null) {
                        return null;
                    }
                    if (to <= from) {
                        b.problem("toMonths", "must be more than fromMonths");
                        return null;
                    }
                    return new SubmissionCutOffRule(b.code(), b.severity(), ref(b, "item"), from, to);
                }));
        r.builtin(spec("nicipSnomedMatch", "DIDS v2.0 DIDSREJ012 (meaning inferred): when a NICIP and a SNOMED CT"
                        + " code are both given and both valid on the day of another item, the SNOMED CT code must be"
                        + " one the NICIP code maps to.", false,
                List.of(required("nicip", ITEM, "the NICIP item"), required("snomed", ITEM, "the SNOMED CT item"),
                        item("at", "the date or timestamp item the codes must be valid on", DATES),
                        required("graceDays", INTEGER, "days a code stays valid after it ends")),
                b -> {
                    Integer days = b.integer("graceDays", 0);
                    return days == null ? null : new CodedProcedureMatchRule(b.code(), b.severity(),
                            ref(b, "nicip"), ref(b, "snomed"), ref(b, "at"), Period.ofDays(days));
                }));
        for (DidV1ValueRules v : DidV1ValueRules.values()) {
            r.builtin(spec(v.builtinName, "DID v1 check in DID v1's words: " + v.description, true,
                    List.of(required("item", ITEM, "the item checked")),
                    b -> new ValueRule(b.code(), b.severity(), b.category(v.category), ref(b, "item"), v.check,
                            b.description(v.description))));
        }
        v1Reference(r);
    }

    private static void v1Reference(RuleKindRegistry.Builder r) {
        List<ParamSpec> one = List.of(required("item", ITEM, "the item checked"));
        List<ParamSpec> dated = List.of(required("item", ITEM, "the item checked"),
                item("date", "the date the check is made on", DATES));
        r.builtin(spec("did-v1.postcodeExists", "DID v1 DIDS016: a postcode (not ZZ99…) must be in the postcode"
                + " directory.", false, one, b -> new PostcodeExistsRule(b.code(), b.severity(), ref(b, "item"))));
        r.builtin(spec("did-v1.practiceCode", "DID v1 DIDS018: a default GP practice code or an ODS GP practice or"
                + " prescribing cost centre.", false, one,
                b -> new PracticeCodeRule(b.code(), b.severity(), ref(b, "item"))));
        r.builtin(spec("did-v1.referringOrg", "DID v1 DIDS024: a referring-organisation default or an ODS"
                + " organisation, practice or site.", false, one,
                b -> new ReferringOrgRule(b.code(), b.severity(), ref(b, "item"))));
        r.builtin(spec("did-v1.siteCode", "DID v1 DIDS068: a site default or a code known to ODS at any time.", false,
                one, b -> new SiteCodeRule(b.code(), b.severity(), ref(b, "item"))));
        Map<String, boolean[]> currency = Map.of("did-v1.nicipCurrency", new boolean[] {false, false},
                "did-v1.snomedCurrency", new boolean[] {true, false},
                "did-v1.nicipGrace", new boolean[] {false, true},
                "did-v1.snomedGrace", new boolean[] {true, true});
        for (String name : List.of("did-v1.nicipCurrency", "did-v1.snomedCurrency", "did-v1.nicipGrace",
                "did-v1.snomedGrace")) {
            boolean snomed = currency.get(name)[0];
            boolean grace = currency.get(name)[1];
            r.builtin(spec(name, "DID v1 DIDS0" + (grace ? (snomed ? "78" : "77") : (snomed ? "59" : "57"))
                    + ": " + (grace ? "warns when a code is accepted only by the 6-month grace"
                    : "a code must be in the NICIP table and active on the date, or ended no more than 6 months"
                    + " before") + ".", false, dated, b -> {
                        ItemRef item = ref(b, "item");
                        ItemRef date = ref(b, "date");
                        return new ImagingCodeCurrencyRule(b.code(), b.severity(), snomed, grace, item, date,
                                b.description(ImagingCodeCurrencyRule.description(snomed, grace, item, date)));
                    }));
        }
        r.builtin(spec("did-v1.referringOrgLive", "DID v1 DIDS079: the referring organisation should be open on the"
                        + " request date (or the test date when that is blank).", false,
                List.of(required("item", ITEM, "the referring organisation item"),
                        item("requestDate", "the request date item", DATES),
                        item("testDate", "the test date item", DATES)),
                b -> new ReferringOrgLiveRule(b.code(), b.severity(), ref(b, "item"), ref(b, "requestDate"),
                        ref(b, "testDate"))));
        r.builtin(spec("did-v1.practiceLive", "DID v1 DIDS080: the GP practice should be open on the date.", false,
                dated, b -> new PracticeLiveRule(b.code(), b.severity(), ref(b, "item"), ref(b, "date"))));
        r.builtin(spec("did-v1.siteLive", "DID v1 DIDS081: the imaging site should be open on the date.", false,
                dated, b -> new SiteLiveRule(b.code(), b.severity(), ref(b, "item"), ref(b, "date"))));
        r.builtin(spec("did-v1.imagingCodeMatch", "DID v1 DIDS082: when both codes are known, the SNOMED CT code must"
                        + " be the one the NICIP code maps to.", false,
                List.of(required("snomed", ITEM, "the SNOMED CT item"), required("nicip", ITEM, "the NICIP item"),
                        item("date", "the test date item", DATES)),
                b -> new ImagingCodeMatchRule(b.code(), b.severity(), ref(b, "snomed"), ref(b, "nicip"),
                        ref(b, "date"))));
    }
}
