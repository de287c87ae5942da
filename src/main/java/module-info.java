/** DID Workbench: a data-quality workbench for the NHS Diagnostic Imaging Data Set. */
module org.didworkbench {
    requires java.sql;
    requires java.xml;
    requires java.management;
    requires jdk.management; // the machine's memory, to size the command-line child JVM
    requires java.prefs;
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires org.xerial.sqlitejdbc;
    requires org.apache.commons.csv;
    requires com.fasterxml.jackson.databind;
    // openhtmltopdf ships no module names: these are the names derived from its jar files
    requires openhtmltopdf.core;
    requires openhtmltopdf.pdfbox;
    // The report preview and printing draw the PDF's pages with PDFBox (which openhtmltopdf brings),
    // on Java 2D images (java.desktop); fontbox for the look-alike fonts it draws Helvetica and Courier with.
    requires org.apache.pdfbox;
    requires org.apache.fontbox;
    requires java.desktop;

    exports org.didworkbench;
    exports org.didworkbench.domain.dataset;
    exports org.didworkbench.domain.rules;
    exports org.didworkbench.domain.reference;
    exports org.didworkbench.domain.quality;
}
