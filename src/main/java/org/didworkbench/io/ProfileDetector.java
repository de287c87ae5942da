package org.didworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.didworkbench.domain.dataset.DataItem;
import org.didworkbench.domain.dataset.IsoDate;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.Timestamp;
import org.didworkbench.domain.dataset.ValueType;

/**
 * Works out which profile a submission file is written in, from its first rows: XML by its root
 * element and namespace; CSV by a header row naming a profile's items, else by the number of fields a
 * row, else by how well the values fit each profile's item types and code lists (dates where dates
 * belong, timestamps where timestamps belong). Reads at most the first 256 KiB. Stateless.
 */
public final class ProfileDetector {
    static final int HEAD_BYTES = 256 * 1024;
    private static final int MAX_ROWS = 50;

    /**
     * What was found.
     *
     * @param profile the profile chosen
     * @param reason  why, in plain English
     * @param xml     true when the file is XML
     */
    public record Detection(Profile profile, String reason, boolean xml) {
        public Detection {
            Objects.requireNonNull(profile, "profile");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private ProfileDetector() {
    }

    /** True when the file's first character (after a byte order mark and white space) is '<'. */
    public static boolean isXml(Path file) throws SubmissionFileException {
        return looksLikeXml(decode(head(file)).text);
    }

    /**
     * Chooses among the candidates (the first is the default when nothing tells them apart).
     *
     * @throws SubmissionFileException when the file cannot be read, or is XML no candidate reads
     */
    public static Detection detect(Path file, List<Profile> candidates) throws SubmissionFileException {
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("no profiles to choose from");
        }
        byte[] head = head(file);
        Decoded text = decode(head);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (looksLikeXml(text.text)) {
            return xml(name, text.text, candidates);
        }
        return csv(text.text, head.length < HEAD_BYTES, candidates);
    }

    private static byte[] head(Path file) throws SubmissionFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        SubmissionReader.checkOrdinaryFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw SubmissionReader.readFailure(name, e);
        }
    }

    private record Decoded(String text) {
    }

    private static Decoded decode(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        // A multi-byte character cut at the end of the head must not make the text look like Windows-1252.
        for (int cut = 0; cut < 4 && cut <= head.length - start; cut++) {
            try {
                String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(head, start, head.length - start - cut)).toString();
                return new Decoded(s);
            } catch (CharacterCodingException e) {
                // try a shorter head, then Windows-1252
            }
        }
        return new Decoded(new String(head, start, head.length - start, SubmissionCharsets.WINDOWS_1252));
    }

    private static boolean looksLikeXml(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '<';
            }
        }
        return false;
    }

    private static Detection xml(String name, String text, List<Profile> candidates) throws SubmissionFileException {
        String namespace = null;
        String root = null;
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(text));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    namespace = r.getNamespaceURI();
                    root = r.getLocalName();
                    break;
                }
            }
        } catch (XMLStreamException e) {
            throw new SubmissionFileException(SubmissionFileException.Kind.NOT_TEXT, name, name
                    + " starts like XML but its first element cannot be read: " + XmlMessages.of(e));
        }
        for (Profile p : candidates) {
            if (p.xml() != null && p.xml().root().equals(root) && p.xml().namespace().equals(namespace)) {
                return new Detection(p, "the file is XML with root " + root + " in the " + p.title()
                        + " namespace", true);
            }
        }
        List<String> readable = new ArrayList<>();
        for (Profile p : candidates) {
            if (p.xml() != null) {
                readable.add(p.title() + " (root " + p.xml().root() + ", namespace " + p.xml().namespace() + ")");
            }
        }
        throw new SubmissionFileException(SubmissionFileException.Kind.NOT_TEXT, name, name + " is XML with root '"
                + root + "'" + (namespace == null || namespace.isEmpty() ? " and no namespace" : " in namespace "
                + namespace) + ", which no profile reads; XML is read for " + (readable.isEmpty() ? "no profile"
                : String.join(" and ", readable)) + ".");
    }

    private static Detection csv(String text, boolean complete, List<Profile> candidates) {
        Map<Profile, List<String[]>> rowsByProfile = new HashMap<>();
        Profile bestHeader = null;
        double bestShare = 0;
        for (Profile p : candidates) {
            char delimiter = DelimiterSniffer.sniff(text, complete, p.itemCount());
            List<String[]> rows = rows(text, complete, delimiter);
            rowsByProfile.put(p, rows);
            if (!rows.isEmpty()) {
                double share = new HeaderNames(p).share(rows.get(0));
                if (share > bestShare) {
                    bestShare = share;
                    bestHeader = p;
                }
            }
        }
        if (bestHeader != null && bestShare * 3 >= 2) {
            return new Detection(bestHeader, "its header row names the items of " + bestHeader.title(), false);
        }
        Profile first = candidates.get(0);
        List<String[]> sample = rowsByProfile.get(first);
        if (sample.isEmpty()) {
            return new Detection(first, "the file has no rows to tell the layout by; " + first.title()
                    + " is the default", false);
        }
        List<Profile> sameCount = new ArrayList<>();
        Map<Profile, Integer> counts = new HashMap<>();
        for (Profile p : candidates) {
            int modal = modalCount(rowsByProfile.get(p));
            counts.put(p, modal);
            if (modal == p.itemCount()) {
                sameCount.add(p);
            }
        }
        if (sameCount.size() == 1) {
            Profile p = sameCount.get(0);
            return new Detection(p, "its rows have " + p.itemCount() + " fields, as " + p.title() + " has", false);
        }
        if (sameCount.size() > 1) {
            Profile best = null;
            double bestFit = -1;
            for (Profile p : sameCount) {
                double fit = fit(p, rowsByProfile.get(p));
                if (fit > bestFit) {
                    bestFit = fit;
                    best = p;
                }
            }
            return new Detection(best, "its rows have " + best.itemCount() + " fields and their values fit "
                    + best.title() + " best (" + Math.round(bestFit * 100) + "% of values of the right shape)", false);
        }
        Profile closest = first;
        for (Profile p : candidates) {
            if (Math.abs(p.itemCount() - counts.get(p)) < Math.abs(closest.itemCount() - counts.get(closest))) {
                closest = p;
            }
        }
        return new Detection(closest, "its rows mostly have " + counts.get(closest) + " fields, and no profile has"
                + " that many; " + closest.title() + " (" + closest.itemCount() + " fields) is the closest", false);
    }

    /** The share of non-blank values that have the shape their item expects. */
    static double fit(Profile p, List<String[]> rows) {
        long judged = 0;
        long right = 0;
        for (String[] row : rows) {
            for (int i = 0; i < row.length && i < p.itemCount(); i++) {
                String v = row[i].strip();
                if (v.isEmpty()) {
                    continue;
                }
                DataItem item = p.items().get(i);
                judged++;
                boolean ok = switch (item.type()) {
                    case DATE -> IsoDate.parse(v) != null;
                    case TIMESTAMP -> Timestamp.parse(v) != null;
                    case TEXT -> (!item.isCoded() || item.meaningOf(v).isPresent())
                            && (item.maxLength() == 0 || v.length() <= item.maxLength())
                            && IsoDate.parse(v) == null && Timestamp.parse(v) == null;
                };
                if (ok) {
                    right++;
                }
            }
        }
        return judged == 0 ? 0 : (double) right / judged;
    }

    private static int modalCount(List<String[]> rows) {
        Map<Integer, Integer> tally = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (String[] r : rows) {
            int c = tally.merge(r.length, 1, Integer::sum);
            if (c > bestCount) {
                best = r.length;
                bestCount = c;
            }
        }
        return best;
    }

    /** Up to 50 rows of the head split on the delimiter, RFC 4180 quotes honoured; blank lines skipped. */
    static List<String[]> rows(String text, boolean complete, char delimiter) {
        List<String[]> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int i = 0;
        int n = text.length();
        while (i < n && rows.size() < MAX_ROWS) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (any || !field.toString().isBlank()) {
                    fields.add(field.toString());
                    rows.add(fields.toArray(new String[0]));
                }
                fields.clear();
                field.setLength(0);
                any = false;
            } else {
                field.append(c);
            }
            i++;
        }
        if (complete && rows.size() < MAX_ROWS && (any || !field.toString().isBlank())) {
            fields.add(field.toString());
            rows.add(fields.toArray(new String[0]));
        }
        return rows;
    }
}
