package org.didworkbench.cli;

/** Lets tests in other packages build the same synthetic records. */
public final class InputRobustnessTestAccess {
    private InputRobustnessTestAccess() {
    }

    public static String record(int n) {
        return InputRobustnessTest.record(n);
    }
}
