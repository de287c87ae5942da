package org.didworkbench.domain.profile;

import java.util.List;

/**
 * A profile file that cannot be used, with every mistake found (in file order as far as possible).
 * The message lists them, one a line, each with the file and line.
 */
public final class ProfileDefinitionException extends Exception {
    private static final long serialVersionUID = 1L;
    /** Problems listed in the message; the rest are counted. */
    static final int SHOWN = 20;

    private final transient List<ProfileProblem> problems;

    public ProfileDefinitionException(List<ProfileProblem> problems) {
        super(text(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a profile definition exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public ProfileDefinitionException(ProfileProblem problem) {
        this(List.of(problem));
    }

    public List<ProfileProblem> problems() {
        return problems;
    }

    private static String text(List<ProfileProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        StringBuilder s = new StringBuilder(problems.size() + " problems in the profile file:");
        for (int i = 0; i < problems.size() && i < SHOWN; i++) {
            s.append(System.lineSeparator()).append("  ").append(problems.get(i));
        }
        if (problems.size() > SHOWN) {
            s.append(System.lineSeparator()).append("  … and ").append(problems.size() - SHOWN).append(" more");
        }
        return s.toString();
    }
}
