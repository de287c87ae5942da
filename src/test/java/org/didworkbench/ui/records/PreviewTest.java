package org.didworkbench.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.RecordQuery.Filter;
import org.didworkbench.domain.rules.did.DidV1Profile;
import org.didworkbench.service.RecordRow;
import org.didworkbench.ui.InlineTaskRunner;
import org.didworkbench.ui.common.SessionCalls;
import org.junit.jupiter.api.Test;

/** While a file opens, its first stored records show read-only; nothing asks a session that is not there yet. */
class PreviewTest {
    private final List<String> statuses = new ArrayList<>();
    private final List<Exception> failures = new ArrayList<>();
    private int edits;
    private final RecordsViewModel vm = new RecordsViewModel(new SessionCalls(new InlineTaskRunner(), failures::add),
            change -> edits++, statuses::add);
    private final List<DataItem> items = DidV1Profile.create().items();

    private List<RecordRow> rows(int n) {
        List<RecordRow> out = new ArrayList<>();
        for (int r = 1; r <= n; r++) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                values.add("v" + r + "." + i);
            }
            out.add(new RecordRow(r, r + 1, values, List.of(), Set.of(), null));
        }
        return out;
    }

    @Test
    void theFirstRecordsShowReadOnlyUntilTheFileHasOpened() {
        vm.preview(items, rows(5));

        assertThat(vm.previewingProperty().get()).isTrue();
        assertThat(vm.itemsProperty().get()).hasSize(items.size());
        assertThat(vm.rows()).hasSize(5);
        assertThat(vm.rows().get(4).row().value(0)).isEqualTo("v5.0");
        assertThat(vm.rows().get(0).row().line()).isEqualTo(2);

        vm.commit(vm.rows().get(0).row(), 3, "A");
        vm.showQuick(Filter.ERRORS);
        vm.sortBy(2, true);
        vm.nextIssue(true);

        assertThat(edits).as("no edit is attempted while the file opens").isZero();
        assertThat(vm.rows()).as("the filter waits for the whole file").hasSize(5);
        assertThat(statuses).isNotEmpty().allSatisfy(s -> assertThat(s).contains("still being read"));
        assertThat(failures).as("no call reached for a session").isEmpty();
    }

    @Test
    void closingEndsThePreview() {
        vm.preview(items, rows(3));

        vm.closed();

        assertThat(vm.previewingProperty().get()).isFalse();
        assertThat(vm.rows()).isEmpty();
    }
}
