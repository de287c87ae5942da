package org.didworkbench.io.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Malformed reference files: each must stop the load with a message naming the file, the line
 * and the problem. Each row: file in the folder | content (\n for line breaks) | line | message.
 */
class ReferenceDataExceptionTest {
    private static final String ODS_ROW = "\"RZZ\",\"SYNTHETIC TRUST\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"LS1 4HR\","
            + "\"20000401\",\"\",\"A\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}: {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ods/etr.csv | Organisation Code,Name,National Grouping,HLHG,A1,A2,A3,A4,A5,Postcode,Open Date,Close Date\\nROW | 1 | ods/etr.csv line 1: organisation code (column 1) 'Organisation Code' is not an ODS code (1 to 12 letters and digits); ODS CSV downloads have no header row
            ods/etr.csv | ROW\\n"RYY","SHORT",,"",""\\n | 2 | ods/etr.csv line 2: the row has 5 columns where the ODS layout has 27 (at least 12 needed)
            ods/epraccur.csv | "P81001","X","","","","","","","","LS1 4HR","19740401","","A","","","","","","","" | 1 | ods/epraccur.csv line 1: the row has 20 columns where the ODS layout has 27 (at least 26 needed)
            ods/ets.csv | ROW\\n"RZZ01","SITE","","","","","","","","LS1 4HR","2000-04-01","" | 2 | ods/ets.csv line 2: open date (column 11) '2000-04-01' is not a date in yyyyMMdd form
            ods/ets.csv | ROW\\n"RZZ01","SITE","","","","","","","","LS1 4HR","20000401","20001301" | 2 | ods/ets.csv line 2: close date (column 12) '20001301' is not a date in yyyyMMdd form
            ods/ets.csv | "RZZ01","SITE","","","","","","","","LS1 4HR","20000401","19990331" | 1 | ods/ets.csv line 1: close date 1999-03-31 is before open date 2000-04-01
            ods/etr.csv | ROW\\n"R Z","SPACE IN CODE","","","","","","","","LS1 4HR","20000401","" | 2 | ods/etr.csv line 2: organisation code (column 1) 'R Z' is not an ODS code (1 to 12 letters and digits)
            ods/etr.csv | `` | 0 | ods/etr.csv: the file has no rows; expected an ODS CSV download
            ods/succ.csv | "RZZ07","RZZ01","Merger","20240401"\\n"RZZ08","RZZ07" | 2 | ods/succ.csv line 2: the row has 2 columns where the ODS succession layout has at least 4 (old code, new code, reason, effective date)
            ods/succ.csv | "RZZ07","RZZ01","Merger","01/04/2024" | 1 | ods/succ.csv line 1: effective date (column 4) '01/04/2024' is not a date in yyyyMMdd form; ODS CSV downloads have no header row
            ods/etr.csv | ROW\\n"RYY","UNCLOSED QUOTE,"","",\\n | 2 | ods/etr.csv line 2: the file is not well-formed CSV (EOF reached before encapsulated token finished)
            postcodes/list.csv | code\\nLS1 4HR | 1 | postcodes/list.csv line 1: the header row names no 'pcds' or 'postcode' column; expected an ONS Postcode Directory extract (with pcds) or a list headed 'postcode'
            postcodes/list.csv | postcode\\nLS1 4HR\\n\\nLS1\\n | 4 | postcodes/list.csv line 4: 'LS1' is not a postcode (expected 5 to 7 letters and digits, e.g. LS1 4HR)
            postcodes/list.csv | postcode\\n\\n | 0 | postcodes/list.csv: the file has no postcodes
            postcodes/onspd.csv | pcd,pcds,doterm\\nLS1 4HR,LS1 4HR,\\nLS2 9JT,LS2 9JT,2020-01 | 3 | postcodes/onspd.csv line 3: doterm '2020-01' is not a month in yyyyMM form (leave it empty for a live postcode)
            nicip/nicip.csv | SHORT_CODE,PREFERRED,SHORT_CODE_START_DATE\\nCCHES,CT Thorax,2010-04-01 | 1 | nicip/nicip.csv line 1: the header row has no SCT_ID, SHORT_CODE_END_DATE columns; expected SHORT_CODE, SCT_ID, PREFERRED, SHORT_CODE_START_DATE, SHORT_CODE_END_DATE and optionally MODALITY
            nicip/nicip.csv | SHORT_CODE,SCT_ID,PREFERRED,SHORT_CODE_START_DATE,SHORT_CODE_END_DATE\\nCCHES,169069000,CT Thorax,01/04/2010, | 2 | nicip/nicip.csv line 2: SHORT_CODE_START_DATE '01/04/2010' is not a date (expected yyyy-MM-dd or yyyyMMdd)
            nicip/nicip.csv | SHORT_CODE,SCT_ID,PREFERRED,SHORT_CODE_START_DATE,SHORT_CODE_END_DATE\\nCCHES,CT1690,CT Thorax,2010-04-01, | 2 | nicip/nicip.csv line 2: SCT_ID 'CT1690' is not a SNOMED CT identifier (6 to 18 digits, no leading zero); leave it empty when the row has no mapping
            nicip/nicip.csv | SHORT_CODE,SCT_ID,PREFERRED,SHORT_CODE_START_DATE,SHORT_CODE_END_DATE\\nCCHES,169069000,CT Thorax,2010-04-01,2009-03-31 | 2 | nicip/nicip.csv line 2: SHORT_CODE_END_DATE 2009-03-31 is before SHORT_CODE_START_DATE 2010-04-01
            nicip/nicip.csv | SHORT_CODE,SCT_ID,PREFERRED,SHORT_CODE_START_DATE,SHORT_CODE_END_DATE\\n,169069000,No code,2010-04-01, | 2 | nicip/nicip.csv line 2: SHORT_CODE '' is not a NICIP code (letters and digits, e.g. CCHES)
            nicip/nicip.csv | SHORT_CODE,SCT_ID,PREFERRED,SHORT_CODE_START_DATE,SHORT_CODE_END_DATE | 0 | nicip/nicip.csv: the file has no NICIP rows
            """)
    void malformedFileNamesFileLineAndProblem(String file, String content, long line, String message)
            throws IOException {
        Path path = temp.resolve(file);
        Files.createDirectories(path.getParent());
        String text = content == null ? "" : content.replace("\\n", "\n").replace("ROW", ODS_ROW);
        Files.writeString(path, text);
        if (file.equals("ods/succ.csv")) {
            // a succession file is read only beside an organisation file
            Files.writeString(temp.resolve("ods/etr.csv"), ODS_ROW);
        }
        assertThatThrownBy(() -> ReferenceFolderLoader.load(temp))
                .isInstanceOfSatisfying(ReferenceDataException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.line()).isEqualTo(line);
                });
    }

    @Test
    void aMissingFolderIsReported() {
        Path missing = temp.resolve("no-such-folder");
        assertThatThrownBy(() -> ReferenceFolderLoader.load(missing))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessage(missing + ": the reference folder does not exist");
    }
}
