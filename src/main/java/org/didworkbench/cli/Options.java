package org.didworkbench.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Parsed command-line options: {@code --name value}, {@code --name=value}, flags and positional words. */
record Options(Map<String, String> values, Set<String> flags, List<String> positional) {

    static Options parse(List<String> args, List<String> valued, List<String> flagNames) throws UsageException {
        Map<String, String> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a;
                String value = null;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                }
                if (flagNames.contains(name)) {
                    flags.add(name);
                } else if (valued.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= args.size()) {
                            throw new UsageException(name + " needs a value.");
                        }
                        value = args.get(++i);
                    }
                    if (values.put(name, value) != null) {
                        throw new UsageException(name + " is given twice.");
                    }
                } else {
                    throw new UsageException("unknown option " + name + ".");
                }
            } else {
                positional.add(a);
            }
        }
        return new Options(values, flags, positional);
    }

    String value(String name) {
        return values.get(name);
    }

    Path path(String name) {
        String v = values.get(name);
        return v == null ? null : Path.of(v);
    }

    boolean flag(String name) {
        return flags.contains(name);
    }
}
