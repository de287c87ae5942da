package org.didworkbench.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.didworkbench.domain.dataset.Dialect;
import org.didworkbench.domain.dataset.Profile;
import org.didworkbench.domain.dataset.SubmissionRecord;
import org.didworkbench.domain.dataset.XmlLayout;
import org.didworkbench.io.SubmissionFileException.Kind;

/**
 * Reads an XML submission (DID v1: did-reference.md §2.3) record by record. Each occurrence of the
 * repeating group ({@code ImagingActivity}) is one record; the other groups of its record element
 * ({@code DIDSRecord}: patient and referral) are shared by all of them. A record's line is the line of its
 * {@code ImagingActivity} start tag (of the {@code DIDSRecord} when it has none).
 *
 * <p>Exact text, as {@link SubmissionSource} promises: the preamble runs to the first record element;
 * each record's raw text runs from its cut point to the next (a record element's first record owns the
 * start of the element and its shared groups, each later one starts at its own {@code ImagingActivity}, and
 * the last one owns the end tag and the white space after it); the trailer is the root's end tag and what
 * follows. Values are read with StAX ({@link XmlValues}) one record element at a time, so memory does not
 * grow with the file. DTDs and external entities are not read.
 */
public final class XmlSubmissionReader implements SubmissionSource {
    private static final int CHUNK = 1 << 16;
    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private final Path file;
    private final String name;
    private final Profile profile;
    private final XmlLayout layout;
    private final XmlValues values;
    private final Reader in;
    private final CountingStream counting;
    private final long size;
    private final FileTime modified;
    private final Charset charset;
    private final boolean bom;
    private final String namespaces;
    private final String headEnding;
    private final boolean headMixed;
    private final boolean finalNewline;
    private final StringBuilder buf = new StringBuilder();
    private final Deque<ParsedRecord> pending = new ArrayDeque<>();
    private boolean eof;
    private int bufLine = 1;
    private int depth;
    private String rootName;
    private String preamble;
    private String trailer;
    private long recordCount;

    private XmlSubmissionReader(Path file, String name, Profile profile, Reader in, CountingStream counting,
                                long size, FileTime modified, Charset charset, boolean bom, boolean finalNewline)
            throws SubmissionFileException {
        this.file = file;
        this.name = name;
        this.profile = profile;
        this.layout = profile.xml();
        this.values = new XmlValues(layout, profile.itemCount());
        this.in = in;
        this.counting = counting;
        this.size = size;
        this.modified = modified;
        this.charset = charset;
        this.bom = bom;
        this.finalNewline = finalNewline;
        fill();
        // The line endings the dialect reports are those of the first part of the file (known at opening).
        long[] counts = endings(buf);
        this.headEnding = counts[0] >= counts[1] && counts[0] >= counts[2] ? "\r\n" : counts[1] >= counts[2] ? "\n"
                : "\r";
        this.headMixed = (counts[0] > 0 ? 1 : 0) + (counts[1] > 0 ? 1 : 0) + (counts[2] > 0 ? 1 : 0) > 1;
        this.namespaces = prolog();
    }

    /** Counts of CR LF, LF and lone CR in a text. */
    private static long[] endings(CharSequence s) {
        long[] c = new long[3];
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                c[0]++;
                i++;
            } else if (ch == '\n') {
                c[1]++;
            } else if (ch == '\r') {
                c[2]++;
            }
        }
        if (c[0] + c[1] + c[2] == 0) {
            c[0] = 1;
        }
        return c;
    }

    /**
     * Opens an XML submission and reads up to its first record element.
     *
     * @throws SubmissionFileException when the file cannot be read, is not XML of the profile's root and
     *                                 namespace, or has no record element; the message is for the user
     */
    public static XmlSubmissionReader open(Path file, Profile profile) throws SubmissionFileException {
        Objects.requireNonNull(profile.xml(), "the profile has no XML form");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw SubmissionReader.readFailure(name, e);
        }
        if (attributes.isDirectory()) {
            throw new SubmissionFileException(Kind.FOLDER, name, "'" + name + "' is a folder, not a file.");
        }
        if (attributes.size() == 0) {
            throw new SubmissionFileException(Kind.EMPTY, name, name + " is empty: there are no records to check.");
        }
        InputStream raw = null;
        try {
            raw = Files.newInputStream(file);
            byte[] head = raw.readNBytes(512);
            boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                    || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
                throw new SubmissionFileException(Kind.UNSUPPORTED_ENCODING, name, name + " is saved as UTF-16,"
                        + " which DID Workbench does not read; save it as UTF-8 and open it again.");
            }
            Charset charset = declared(head, bom ? 3 : 0, name);
            raw.close();
            raw = null;
            InputStream body = Files.newInputStream(file);
            CountingStream counting = new CountingStream(body);
            if (bom) {
                counting.readNBytes(3);
            }
            Reader reader = new InputStreamReader(counting, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return new XmlSubmissionReader(file, name, profile, reader, counting, attributes.size(),
                    attributes.lastModifiedTime(), charset, bom, endsWithLineBreak(file));
        } catch (IOException e) {
            throw SubmissionReader.readFailure(name, e);
        } finally {
            if (raw != null) {
                try {
                    raw.close();
                } catch (IOException ignored) {
                    // read-only; nothing to lose
                }
            }
        }
    }

    private static boolean endsWithLineBreak(Path file) throws IOException {
        try (java.nio.channels.SeekableByteChannel c = Files.newByteChannel(file)) {
            java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(1);
            c.position(c.size() - 1);
            c.read(last);
            return last.get(0) == '\n' || last.get(0) == '\r';
        }
    }

    /** The encoding the XML declaration names (UTF-8 when none). */
    private static Charset declared(byte[] head, int from, String name) throws SubmissionFileException {
        String start = new String(head, from, head.length - from, StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(start);
        if (!m.find()) {
            return StandardCharsets.UTF_8;
        }
        String enc = m.group(1).toLowerCase(Locale.ROOT);
        if (enc.equals("windows-1252") || enc.equals("cp1252")) {
            return SubmissionCharsets.WINDOWS_1252;
        }
        try {
            return Charset.forName(enc);
        } catch (IllegalArgumentException e) {
            throw new SubmissionFileException(Kind.UNSUPPORTED_ENCODING, name, name + " declares the encoding '"
                    + m.group(1) + "', which DID Workbench does not know; save it as UTF-8.");
        }
    }

    // ------------------------------------------------------------------ scanning

    /** Reads more text into the buffer; false at the end of the file. */
    private boolean fill() throws SubmissionFileException {
        if (eof) {
            return false;
        }
        char[] chunk = new char[CHUNK];
        try {
            int n = in.read(chunk);
            if (n < 0) {
                eof = true;
                return false;
            }
            buf.append(chunk, 0, n);
            return true;
        } catch (CharacterCodingException e) {
            throw new SubmissionFileException(Kind.UNSUPPORTED_ENCODING, name, name + " is not valid "
                    + charset.displayName() + " text near line " + bufLine + "; save it in the encoding its XML"
                    + " declaration names (UTF-8 when it names none).");
        } catch (IOException e) {
            throw SubmissionReader.readFailure(name, e);
        }
    }

    /** A markup token found by {@link #nextToken}. */
    private record Token(int start, int end, String name, boolean startTag, boolean endTag, boolean selfClosing) {
    }

    /** The next tag at or after {@code from}, reading more text as needed; null at the end of the file. */
    private Token nextToken(int from) throws SubmissionFileException {
        int lt;
        while ((lt = buf.indexOf("<", from)) < 0) {
            if (!fill()) {
                return null;
            }
        }
        while (true) {
            Token t = token(lt);
            if (t != null) {
                return t;
            }
            if (!fill() && (t = token(lt)) == null) {
                throw notWellFormed(lineOf(lt), "markup starting here is never closed");
            }
            if (t != null) {
                return t;
            }
        }
    }

    /** The token starting at {@code lt}, or null when the buffer does not hold all of it yet. */
    private Token token(int lt) {
        if (buf.length() - lt < 9 && !eof) {
            return null;    // too little to tell a comment or CDATA section from a tag
        }
        if (startsWith(lt, "<!--")) {
            int e = buf.indexOf("-->", lt + 4);
            return e < 0 ? null : new Token(lt, e + 3, null, false, false, false);
        }
        if (startsWith(lt, "<![CDATA[")) {
            int e = buf.indexOf("]]>", lt + 9);
            return e < 0 ? null : new Token(lt, e + 3, null, false, false, false);
        }
        if (startsWith(lt, "<?")) {
            int e = buf.indexOf("?>", lt + 2);
            return e < 0 ? null : new Token(lt, e + 2, null, false, false, false);
        }
        if (startsWith(lt, "<!")) {
            int e = buf.indexOf(">", lt + 2);
            return e < 0 ? null : new Token(lt, e + 1, null, false, false, false);
        }
        boolean end = startsWith(lt, "</");
        int i = lt + (end ? 2 : 1);
        int nameStart = i;
        while (i < buf.length() && !isNameEnd(buf.charAt(i))) {
            i++;
        }
        if (i >= buf.length()) {
            return null;
        }
        String tag = buf.substring(nameStart, i);
        char quote = 0;
        for (; i < buf.length(); i++) {
            char c = buf.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                boolean self = !end && buf.charAt(i - 1) == '/';
                return new Token(lt, i + 1, tag, !end, end, self);
            }
        }
        return null;
    }

    private static boolean isNameEnd(char c) {
        return Character.isWhitespace(c) || c == '>' || c == '/';
    }

    private boolean startsWith(int at, String s) {
        if (at + s.length() > buf.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (buf.charAt(at + k) != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int lineOf(int offset) {
        int end = Math.min(offset, buf.length());
        return XmlFragment.lineAt(buf.substring(0, end), end, bufLine);
    }

    /**
     * Removes text up to {@code cut} from the buffer, counting its lines. Cuts are made at a '<' or at the end
     * of the file, so a CR LF pair is never split between two pieces.
     */
    private String take(int cut) {
        String s = buf.substring(0, cut);
        buf.delete(0, cut);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
                bufLine++;
            }
        }
        return s;
    }

    /**
     * Reads the prolog and the root start tag, checks root and namespace, and takes the preamble up to the
     * first record element. Returns the root's namespace declarations.
     */
    private String prolog() throws SubmissionFileException {
        Token t = nextToken(0);
        while (t != null && !t.startTag()) {
            if (t.endTag()) {
                throw notWellFormed(lineOf(t.start()), "an end tag comes before any start tag");
            }
            if (startsWith(t.start(), "<!DOCTYPE") || startsWith(t.start(), "<!doctype")) {
                throw new SubmissionFileException(Kind.NOT_TEXT, name, name + " has a DOCTYPE declaration; DID"
                        + " Workbench reads XML submissions without DTDs. Remove the declaration and open it again.");
            }
            t = nextToken(t.end());
        }
        if (t == null) {
            throw new SubmissionFileException(Kind.NO_RECORDS, name, name + " has no XML element.");
        }
        String rootTag = buf.substring(t.start(), t.end());
        rootName = t.name();
        int rootLine = lineOf(t.start());
        String namespacesInScope = checkRoot(rootTag, t.name(), rootLine);
        depth = t.selfClosing() ? 0 : 1;
        int cut = -1;
        Token n = t.selfClosing() ? null : nextToken(t.end());
        while (n != null) {
            if (n.startTag() && depth == 1 && XmlFragment.local(n.name()).equals(layout.record())) {
                cut = n.start();
                break;
            }
            if (n.endTag() && depth == 1) {
                break;
            }
            depth += n.startTag() && !n.selfClosing() ? 1 : n.endTag() ? -1 : 0;
            n = nextToken(n.end());
        }
        if (cut < 0) {
            throw new SubmissionFileException(Kind.NO_RECORDS, name, name + " has no records to check: its "
                    + layout.root() + " element holds no " + layout.record() + ".");
        }
        preamble = take(cut);
        return namespacesInScope;
    }

    private String checkRoot(String rootTag, String qname, int line) throws SubmissionFileException {
        List<XmlFragment.Element> parsed;
        try {
            String closed = rootTag.endsWith("/>") ? rootTag : rootTag + "</" + qname + ">";
            parsed = XmlFragment.parse(closed, line);
        } catch (XmlFragment.SyntaxException e) {
            throw notWellFormed(e.line, e.getMessage());
        }
        XmlFragment.Element root = parsed.get(0);
        StringBuilder ns = new StringBuilder();
        String prefix = root.prefix();
        String uri = null;
        for (XmlFragment.Attribute a : root.attributes) {
            if (a.name().equals("xmlns") || a.name().startsWith("xmlns:")) {
                String v = rootTag.substring(a.valueStart(), a.valueEnd());
                ns.append(ns.length() == 0 ? "" : " ").append(a.name()).append("=").append(a.quote()).append(v)
                        .append(a.quote());
                if (a.name().equals(prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix)) {
                    uri = v;
                }
            }
        }
        if (!root.local().equals(layout.root()) || !layout.namespace().equals(uri)) {
            throw new SubmissionFileException(Kind.NOT_TEXT, name, name + " is XML with root '" + root.local()
                    + "'" + (uri == null ? " and no namespace" : " in namespace " + uri) + "; " + profile.title()
                    + " XML has root " + layout.root() + " in namespace " + layout.namespace() + ".");
        }
        return ns.toString();
    }

    /** Reads the next record element (and the text after it) and queues its records. */
    private void readGroup() throws SubmissionFileException {
        // The buffer starts with a record element's start tag.
        Token t = nextToken(0);
        // Names and offsets of the elements open inside the root, to report a wrong end tag where it is.
        Deque<String> names = new ArrayDeque<>();
        Deque<Integer> offsets = new ArrayDeque<>();
        int cut = -1;
        boolean rootEnded = false;
        while (t != null) {
            if (t.startTag()) {
                if (names.isEmpty() && t.start() > 0 && XmlFragment.local(t.name()).equals(layout.record())) {
                    cut = t.start();
                    break;
                }
                if (!t.selfClosing()) {
                    names.push(t.name());
                    offsets.push(t.start());
                }
            } else if (t.endTag()) {
                if (names.isEmpty()) {
                    if (!t.name().equals(rootName)) {
                        throw notWellFormed(lineOf(t.start()), "the end tag </" + t.name() + "> does not close <"
                                + rootName + ">");
                    }
                    cut = t.start();
                    rootEnded = true;
                    break;
                }
                String open = names.pop();
                int openedAt = offsets.pop();
                if (!open.equals(t.name())) {
                    throw notWellFormed(lineOf(t.start()), "the end tag </" + t.name() + "> does not close <" + open
                            + "> (line " + lineOf(openedAt) + ")");
                }
            }
            t = nextToken(t.end());
        }
        if (cut < 0) {
            throw notWellFormed(bufLine, "the " + layout.root() + " element is never closed");
        }
        int groupLine = bufLine;
        String group = take(cut);
        queue(group, groupLine);
        if (rootEnded) {
            while (fill()) {
                // read the rest: the trailer
            }
            trailer = take(buf.length());
            checkUnchanged();
        }
    }

    private void queue(String group, int groupLine) throws SubmissionFileException {
        List<XmlFragment.Element> top;
        try {
            top = XmlFragment.parse(group, groupLine);
        } catch (XmlFragment.SyntaxException e) {
            throw notWellFormed(e.line, e.getMessage());
        }
        XmlFragment.Element record = top.get(0);
        List<XmlFragment.Element> activities = record.children(layout.repeating());
        XmlValues.Values v;
        try {
            v = values.read(group.substring(0, record.end), namespaces, groupLine);
        } catch (XmlValues.Problem e) {
            throw notWellFormed(e.line, e.getMessage());
        }
        int records = Math.max(1, activities.size());
        for (int k = 0; k < records; k++) {
            int from = k == 0 ? 0 : activities.get(k).start;
            int to = k + 1 < activities.size() ? activities.get(k + 1).start : group.length();
            int line = activities.isEmpty() ? record.line : activities.get(k).line;
            recordCount++;
            pending.add(new ParsedRecord(new SubmissionRecord(recordCount, line, values.record(v, k)),
                    group.substring(from, to)));
        }
    }

    private void checkUnchanged() throws SubmissionFileException {
        try {
            BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class);
            if (now.size() != size || !now.lastModifiedTime().equals(modified)) {
                throw new SubmissionFileException(Kind.CHANGED, name, name + " changed while it was being read;"
                        + " close the program that is writing to it and open it again.");
            }
        } catch (IOException e) {
            throw SubmissionReader.readFailure(name, e);
        }
    }

    private SubmissionFileException notWellFormed(int line, String what) {
        return new SubmissionFileException(Kind.NOT_TEXT, name, name + " is not well-formed XML at line " + line
                + ": " + what + ". Correct the file (or export it again from the RIS) and open it again.");
    }

    // ------------------------------------------------------------------ SubmissionSource

    @Override
    public ParsedRecord next() throws SubmissionFileException {
        while (pending.isEmpty() && trailer == null) {
            readGroup();
        }
        return pending.poll();
    }

    /**
     * How the file is written: its encoding and byte order mark, the line ending of its first part and
     * whether it ends with a line break. The delimiter and quote are CSV's and mean nothing for XML, whose
     * export rewrites only values inside the original text.
     */
    @Override
    public Dialect dialect() {
        return new Dialect(charset, bom, ',', headEnding, headMixed, false, finalNewline, '"');
    }

    @Override
    public Optional<String> headerRaw() {
        return Optional.empty();
    }

    @Override
    public String preamble() {
        return preamble;
    }

    @Override
    public String trailer() {
        if (trailer == null) {
            throw new IllegalStateException("the trailer is known once next() has returned null");
        }
        return trailer;
    }

    @Override
    public long bytesRead() {
        return Math.min(size, counting.count);
    }

    @Override
    public long fileSize() {
        return size;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) {
            // read-only; nothing to lose
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
