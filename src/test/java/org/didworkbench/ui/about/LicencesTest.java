package org.didworkbench.ui.about;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The About box's licence list keeps up with the build: every library the application ships has a
 * line, with the version shipped.
 */
class LicencesTest {
    private final Map<String, Licences.Library> listed = Licences.bundled().stream()
            .collect(Collectors.toMap(Licences.Library::coordinates, Function.identity()));

    @Test
    void everyRuntimeDependencyOfThePomIsListedWithItsVersion() throws Exception {
        Map<String, String> deps = runtimeDependencies(Path.of("pom.xml"));
        assertThat(deps).containsKeys("org.openjfx:javafx-controls", "org.xerial:sqlite-jdbc");
        deps.forEach((coordinates, version) -> {
            assertThat(listed).as("licences.txt lists %s", coordinates).containsKey(coordinates);
            assertThat(listed.get(coordinates).version()).as("version of %s", coordinates).isEqualTo(version);
        });
        // JavaFX's controls bring its base and graphics modules: they ship too.
        assertThat(listed).containsKeys("org.openjfx:javafx-base", "org.openjfx:javafx-graphics");
    }

    @Test
    void everyLibraryInsideABuiltJarIsListedWithItsVersion() throws Exception {
        // The shaded jar exists after "package"; the libraries that carry Maven metadata are checked against it
        // (JavaFX and ControlsFX carry none and are checked against the pom above).
        Path jar = Path.of("target/did-workbench.jar");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(jar), "no built jar to check");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            int checked = 0;
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (!e.getName().startsWith("META-INF/maven/") || !e.getName().endsWith("/pom.properties")) {
                    continue;
                }
                Properties p = new Properties();
                try (InputStream in = zip.getInputStream(e)) {
                    p.load(in);
                }
                String coordinates = p.getProperty("groupId") + ":" + p.getProperty("artifactId");
                if (coordinates.equals("org.didworkbench:did-workbench")) {
                    continue;
                }
                assertThat(listed).as("licences.txt lists %s (inside %s)", coordinates, jar).containsKey(coordinates);
                assertThat(listed.get(coordinates).version()).as("version of %s", coordinates)
                        .isEqualTo(p.getProperty("version"));
                checked++;
            }
            assertThat(checked).isGreaterThan(5);
        }
    }

    @Test
    void everyLineNamesALicenceAndWhereItsTextIs() {
        assertThat(listed.values()).allSatisfy(l -> {
            assertThat(l.licence()).isNotBlank();
            assertThat(l.url()).startsWith("https://");
            assertThat(l.name()).isNotBlank();
        });
        assertThat(listed.get("org.controlsfx:controlsfx").licence()).isEqualTo("BSD-3-Clause");
        assertThat(listed.get("io.github.openhtmltopdf:openhtmltopdf-core").licence()).startsWith("LGPL-2.1");
    }

    @Test
    void aDamagedLineIsNamed() {
        assertThatThrownBy(() -> Licences.parse("# comment\na:b | 1 | Name | MIT\n"))
                .hasMessageContaining("line 2").hasMessageContaining("expected 5");
    }

    /** group:artifact → version of the pom's dependencies that are not test-only, properties resolved. */
    private static Map<String, String> runtimeDependencies(Path pom) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Map<String, String> props = new LinkedHashMap<>();
        NodeList propNodes = ((Element) doc.getElementsByTagName("properties").item(0)).getChildNodes();
        for (int i = 0; i < propNodes.getLength(); i++) {
            if (propNodes.item(i) instanceof Element e) {
                props.put(e.getTagName(), e.getTextContent().strip());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        Element project = doc.getDocumentElement();
        for (int i = 0; i < project.getChildNodes().getLength(); i++) {
            if (!(project.getChildNodes().item(i) instanceof Element deps) || !deps.getTagName().equals("dependencies")) {
                continue;
            }
            NodeList list = deps.getElementsByTagName("dependency");
            for (int j = 0; j < list.getLength(); j++) {
                Element d = (Element) list.item(j);
                String scope = text(d, "scope");
                if ("test".equals(scope) || "provided".equals(scope)) {
                    continue;
                }
                String version = text(d, "version");
                if (version != null && version.startsWith("${")) {
                    version = props.get(version.substring(2, version.length() - 1));
                }
                out.put(text(d, "groupId") + ":" + text(d, "artifactId"), version);
            }
        }
        return out;
    }

    private static String text(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent().strip();
    }
}
