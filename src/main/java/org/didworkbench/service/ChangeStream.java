package org.didworkbench.service;

import java.util.Map;

/**
 * A bulk change handed over a chunk of records at a time, so that neither the caller nor the workspace
 * holds the whole of it (a fix of every postcode of a million-record file). The chunks are asked for one
 * after another, each once the one before is written, inside the change's one transaction.
 */
public interface ChangeStream {
    /** About how many records the whole change covers (for progress; it need not be exact). */
    long expectedRecords();

    /**
     * The next chunk: record number → (item index → new value), a few hundred records, or an empty map
     * when the change is complete. A record is best given in one chunk only.
     */
    Map<Long, Map<Integer, String>> next() throws ServiceException;

    /** The change-log reason of the whole change, asked once every chunk has been given. */
    String reason();
}
