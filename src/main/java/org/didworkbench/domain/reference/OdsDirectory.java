package org.didworkbench.domain.reference;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** ODS organisations, GP practices and sites, looked up by code (upper case). */
public interface OdsDirectory {

    /** The organisation or site with this code, when the directory has it. */
    Optional<OdsOrganisation> find(String upperCaseCode);

    /**
     * The succession rows whose old code is this one, in file order; empty when the code was
     * never succeeded or no succession file was loaded.
     */
    default List<OdsSuccession> successionsOf(String upperCaseCode) {
        return List.of();
    }

    /** True when ODS knew the code at any time: it is an entry, or it was succeeded by another code. */
    default boolean known(String upperCaseCode) {
        return find(upperCaseCode).isPresent() || !successionsOf(upperCaseCode).isEmpty();
    }

    /**
     * The entry with this code or, when the directory does not hold it, the first entry reached by
     * following the succession rows (old → new, breadth first, cycles ignored).
     */
    default Optional<OdsOrganisation> findFollowingSuccession(String upperCaseCode) {
        Deque<String> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(upperCaseCode);
        seen.add(upperCaseCode);
        while (!queue.isEmpty()) {
            String code = queue.poll();
            Optional<OdsOrganisation> found = find(code);
            if (found.isPresent()) {
                return found;
            }
            for (OdsSuccession s : successionsOf(code)) {
                if (seen.add(s.newCode())) {
                    queue.add(s.newCode());
                }
            }
        }
        return Optional.empty();
    }
}
