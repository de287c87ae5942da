package org.didworkbench.domain.rules.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OdsCodeTest {

    @ParameterizedTest(name = "''{0}'' site={1} practice={2} branch={3} referringOrg={4} nicip={5}")
    @CsvSource({
            "RR8,          false, false, false, true,  false",
            "RR801,        true,  false, false, true,  true",
            "B82005,       true,  true,  false, true,  true",
            "b82005,       true,  true,  false, true,  true",
            "K81003001,    true,  false, true,  true,  false",
            "K8100300A,    true,  false, true,  true,  false",
            "KA1003001,    true,  false, false, true,  false",
            "ABCDEFGHIJKL, true,  false, false, false, false",
            "ABCDEFGHIJKLM, false, false, false, false, false",
            "RR8-01,       false, false, false, false, false",
            "MT2M,         false, false, false, false, true",
            "RR8\u00C901,  false, false, false, false, false",
    })
    void shapes(String value, boolean site, boolean practice, boolean branch, boolean referringOrg, boolean nicip) {
        assertThat(OdsCode.isSiteCodeShape(value)).isEqualTo(site);
        assertThat(OdsCode.isGpPracticeShape(value)).isEqualTo(practice);
        assertThat(OdsCode.isBranchSurgeryShape(value)).isEqualTo(branch);
        assertThat(OdsCode.isReferringOrgShape(value)).isEqualTo(referringOrg);
        assertThat(NicipShape.matches(value)).isEqualTo(nicip);
    }
}
