package org.didworkbench.domain.reference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link OdsDirectory} held in hash maps. Immutable and thread-safe once built.
 *
 * <p>A code met twice (the same code in two ODS files) keeps the first entry's name, type and
 * dates and gains the roles of both, so loading order decides which file describes an entry.
 */
public final class MapOdsDirectory implements OdsDirectory {
    private final Map<String, OdsOrganisation> byCode;
    private final Map<String, List<OdsSuccession>> successions;

    /**
     * @param entries      the entries, codes upper case
     * @param successionRows succession rows, codes upper case (may be empty)
     */
    public MapOdsDirectory(Collection<OdsOrganisation> entries, Collection<OdsSuccession> successionRows) {
        Map<String, List<OdsSuccession>> succ = new HashMap<>();
        for (OdsSuccession s : successionRows) {
            succ.computeIfAbsent(s.oldCode(), k -> new ArrayList<>(1)).add(s);
        }
        succ.replaceAll((k, v) -> List.copyOf(v));
        Map<String, OdsOrganisation> map = new HashMap<>(entries.size() * 4 / 3 + 1);
        for (OdsOrganisation o : entries) {
            map.merge(o.code(), o, MapOdsDirectory::merge);
        }
        map.replaceAll((code, o) -> {
            List<OdsSuccession> s = succ.get(code);
            return o.successor() == null && s != null ? o.withSuccessor(s.get(0).newCode()) : o;
        });
        this.byCode = map;
        this.successions = succ;
    }

    private static OdsOrganisation merge(OdsOrganisation first, OdsOrganisation second) {
        Set<String> roles = new HashSet<>(first.roles());
        roles.addAll(second.roles());
        return new OdsOrganisation(first.code(), first.name(), first.type(), first.openDate(), first.closeDate(),
                roles, first.successor() != null ? first.successor() : second.successor());
    }

    @Override
    public Optional<OdsOrganisation> find(String upperCaseCode) {
        return Optional.ofNullable(byCode.get(upperCaseCode));
    }

    @Override
    public List<OdsSuccession> successionsOf(String upperCaseCode) {
        return successions.getOrDefault(upperCaseCode, List.of());
    }

    /** How many distinct entries the directory holds. */
    public int size() {
        return byCode.size();
    }
}
