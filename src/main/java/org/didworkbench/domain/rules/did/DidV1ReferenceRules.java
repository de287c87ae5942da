package org.didworkbench.domain.rules.did;

import java.util.List;

import org.didworkbench.domain.rules.RecordRule;

/**
 * The DID v1 rules that check values against reference data (ODS, postcodes, NICIP/SNOMED;
 * did-reference.md §1.6). Each declares the reference kind it needs, so the validator reports it as
 * not checked when that kind is not loaded. Blank codes, and blank or invalid point-in-time dates,
 * pass: other rules police those.
 */
final class DidV1ReferenceRules {
    private DidV1ReferenceRules() {
    }

    static List<RecordRule> create() {
        return List.of(
                new PostcodeExistsRule(),
                new PracticeCodeRule(),
                new ReferringOrgRule(),
                ImagingCodeCurrencyRule.nicipExists(),
                ImagingCodeCurrencyRule.snomedExists(),
                new SiteCodeRule(),
                ImagingCodeCurrencyRule.nicipGrace(),
                ImagingCodeCurrencyRule.snomedGrace(),
                new ReferringOrgLiveRule(),
                new PracticeLiveRule(),
                new SiteLiveRule(),
                new ImagingCodeMatchRule());
    }
}
