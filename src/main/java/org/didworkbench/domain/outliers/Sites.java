package org.didworkbench.domain.outliers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The distinct site codes of a file (a few dozen at most in practice); records keep only the id. */
final class Sites {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> codes = new ArrayList<>();

    /** The id of a site code as submitted (trimmed), adding it when new; -1 when blank. */
    int id(String code) {
        if (code == null) {
            return -1;
        }
        Integer id = ids.get(code);
        if (id == null) {
            id = codes.size();
            codes.add(code);
            ids.put(code, id);
        }
        return id;
    }

    String code(int id) {
        return codes.get(id);
    }

    int count() {
        return codes.size();
    }
}
