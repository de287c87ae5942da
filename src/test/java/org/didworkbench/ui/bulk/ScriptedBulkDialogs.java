package org.didworkbench.ui.bulk;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Bulk dialogs whose behaviour a test sets beforehand: each runs a script against the dialog's view model. */
final class ScriptedBulkDialogs implements BulkDialogs {
    Predicate<FixAllViewModel> fix = f -> true;
    Predicate<ReplaceViewModel> replace = r -> false;
    Predicate<SetValueViewModel> set = s -> false;
    Consumer<ClusterViewModel> clusters = c -> { };
    Consumer<ChangeLogViewModel> log = l -> { };
    Path changeLogTarget;
    Path changeLogFolder;
    String changeLogName;

    @Override
    public boolean review(FixAllViewModel f) {
        return fix.test(f);
    }

    @Override
    public boolean review(ReplaceViewModel r) {
        return replace.test(r);
    }

    @Override
    public boolean review(SetValueViewModel s) {
        return set.test(s);
    }

    @Override
    public void show(ClusterViewModel c) {
        clusters.accept(c);
    }

    @Override
    public void show(ChangeLogViewModel l) {
        log.accept(l);
    }

    @Override
    public Optional<Path> chooseChangeLogTarget(Path folder, String suggestedName) {
        changeLogFolder = folder;
        changeLogName = suggestedName;
        return Optional.ofNullable(changeLogTarget);
    }
}
