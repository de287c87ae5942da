package org.didworkbench.domain.rules.did;

import org.didworkbench.domain.rules.RuleKind;

/**
 * The DID v1 single-value rules whose wording is DID v1's own, by the name a profile file binds them
 * with ({@code "kind": "builtin", "name": "did-v1.postcodeFormat"}). Defined once so that
 * {@link DidV1RecordRules} and the built-in profile file cannot drift apart.
 */
enum DidV1ValueRules {
    NHS_NUMBER_LENGTH("did-v1.nhsNumberLength", RuleKind.VALIDITY, DidV1ValueChecks::nhsNumberLength,
            "NHS NUMBER, when supplied, must be exactly 10 characters once spaces and hyphens are removed."),
    POSTCODE_FORMAT("did-v1.postcodeFormat", RuleKind.VALIDITY, DidV1ValueChecks::postcodeFormat,
            "POSTCODE OF USUAL ADDRESS, when supplied, must be an outward code, white space and an inward code,"
                    + " as in 'LS1 4AB' or 'M60 1NW' (one or two letters, a digit, an optional letter or digit; a"
                    + " space; a digit and two letters)."),
    REFERRER_FORMAT("did-v1.referrerFormat", RuleKind.VALIDITY, DidV1ValueChecks::referrerFormat,
            "REFERRER CODE, when supplied, should have a recognised practitioner code format; otherwise the national"
                    + " service replaces it with 99."),
    SITE_CODE_FORMAT("did-v1.siteCodeFormat", RuleKind.VALIDITY, DidV1ValueChecks::siteCodeFormat,
            "SITE CODE (OF IMAGING), when supplied, must be 5 to 12 letters and digits."),
    NHS_NUMBER_PALINDROME("did-v1.nhsNumberPalindrome", RuleKind.PLAUSIBILITY, DidV1ValueChecks::nhsNumberPalindrome,
            "NHS NUMBER passes modulus 11 but reads the same backwards, typical of a test number."),
    NHS_NUMBER_BLOCKED("did-v1.nhsNumberBlocked", RuleKind.PLAUSIBILITY, DidV1ValueChecks::nhsNumberBlocked,
            "NHS NUMBER passes modulus 11 but is a dummy pattern: 0123456789, a repeated digit or N00000000N."),
    NICIP_SHAPE("did-v1.nicipShape", RuleKind.PLAUSIBILITY, DidV1ValueChecks::nicipShape,
            "IMAGING CODE (NICIP) should be 4 to 6 letters or digits."),
    PRACTICE_SHAPE("did-v1.practiceShape", RuleKind.PLAUSIBILITY, DidV1ValueChecks::practiceShape,
            "GENERAL MEDICAL PRACTICE CODE (PATIENT REGISTRATION) should be a letter and five digits, a"
                    + " nine-character branch code or a national default."),
    POSTCODE_SHAPE("did-v1.postcodeShape", RuleKind.PLAUSIBILITY, DidV1ValueChecks::postcodeShape,
            "POSTCODE OF USUAL ADDRESS accepted by DIDS017 should also follow Royal Mail rules: capitals, one space,"
                    + " letters allowed in each position."),
    REFERRING_ORG_SHAPE("did-v1.referringOrgShape", RuleKind.PLAUSIBILITY, DidV1ValueChecks::referringOrgShape,
            "REFERRING ORGANISATION CODE should be 3, 5, 6 or 9 letters and digits.");

    final String builtinName;
    final RuleKind category;
    final ValueCheck check;
    final String description;

    DidV1ValueRules(String builtinName, RuleKind category, ValueCheck check, String description) {
        this.builtinName = builtinName;
        this.category = category;
        this.check = check;
        this.description = description;
    }

    /** The rule bound to DID v1's item, as DID v1 states it. */
    ValueRule rule(String code, org.didworkbench.domain.rules.Severity severity, ItemRef item) {
        return new ValueRule(code, severity, category, item, check, description);
    }
}
