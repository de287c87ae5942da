package org.didworkbench.domain.dataset;

import java.util.Objects;

/** One entry of a national code list: the code as submitted and what it means. */
public record CodeValue(String code, String meaning) {
    public CodeValue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(meaning, "meaning");
    }
}
