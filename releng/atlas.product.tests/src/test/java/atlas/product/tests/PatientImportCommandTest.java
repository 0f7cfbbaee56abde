package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Issue 20, patients from another system's CSV export: the built product's launch script run as a
 * clinic's migration script runs it (answers on standard input), against the demo clinic whose key
 * the administrator protected. A German Excel file (Windows-1252, semicolons, a quoted line break)
 * is read with its columns proposed; a file with bad rows names each by line and field and saves
 * nothing; a dry run saves nothing; the real run registers all, after which the same file is
 * refused because every row is now likely a registered patient - which also proves they were
 * stored. A wrong password registers nothing.
 */
class PatientImportCommandTest {

    private static final String DESK = "demo.desk";

    @Test
    void aCsvExportIsCheckedShownAndRegisteredAllOrNone() throws Exception {
        Product.assumeRunnable();
        Path work = Path.of(System.getProperty("atlas.test.work"));
        Product.deleteRecursively(work.resolve("import-patients")); // a clinic of an earlier run
        Product.deleteRecursively(work.resolve("no-clinic-here"));
        Product atlas = new Product(work.resolve("import-patients"));
        atlas.demoClinicWithProtectedKey();

        Path bad = work.resolve("import-bad.csv");
        Files.writeString(bad, "record number,family name,given name,date of birth,sex\n"
                + "IMP-1,Keller,Anna,1984-03-12,f\n"
                + "IMP-2,Novak,Petr,03/12/1984,m\n"
                + "IMP-3,Moreau,Lea,1970-01-01,x\n");
        Product.Run run = atlas.command(answers(DESK, Product.DEMO_PASSWORD), "--import-patients", bad.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("line 3: Date of birth: \"03/12/1984\" is not a date; write 1984-03-12 or 12.03.1984"),
                run.output());
        assertTrue(run.output().contains("line 4: Sex: \"x\" is not one of"), run.output());
        assertTrue(run.output().contains("Nothing was imported"), run.output());
        assertFalse(run.output().contains("Exception"), run.output());

        Path excel = work.resolve("import-excel.csv");
        Files.write(excel, ("Patientennummer;Nachname;Vorname;Geburtsdatum;Geschlecht;Adresse\r\n"
                + "IMP-10;M\u00fcller;J\u00fcrg;12.03.1984;m;\"Seestrasse 4\r\n8000 Z\u00fcrich\"\r\n"
                + "IMP-11;Sch\u00e4r;B\u00e9atrice;1990-07-01;w;\r\n").getBytes(Charset.forName("windows-1252")));
        run = atlas.command(answers(DESK, "wrong-password"), "--import-patients", excel.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("The user name or the password is wrong"), run.output());

        run = atlas.command(answers(DESK, Product.DEMO_PASSWORD), "--import-patients", excel.toString(), "--dry-run");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("2 rows, read as windows-1252, values separated by ';'"), run.output());
        assertTrue(run.output().contains("Family name       <- column 2 \"Nachname\""), run.output());
        assertTrue(run.output().contains("Dry run: 2 patients would be registered; nothing was saved."), run.output());

        run = atlas.command(answers(DESK, Product.DEMO_PASSWORD), "--import-patients", excel.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Registered 2 patients, IMP-10 to IMP-11"), run.output());

        // the same people again: now registered, so refused as likely duplicates (and thus stored)
        run = atlas.command(answers(DESK, Product.DEMO_PASSWORD), "--import-patients", excel.toString(), "--dry-run");
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("line 2: Family name: M\u00fcller, J\u00fcrg, born 1984-03-12, is likely IMP-10, registered already"),
                run.output());

        // the demo clinic has no numbering pattern: a file without numbers is refused by that field
        Path unnumbered = work.resolve("import-unnumbered.csv");
        Files.writeString(unnumbered, "Last Name,First Name,Date of Birth\nNeu,Nina,2001-02-03\n");
        run = atlas.command(answers(DESK, Product.DEMO_PASSWORD), "--import-patients", unnumbered.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("Nothing was imported: ") && run.output().contains("Clinic Details"),
                run.output());

        assertFalse(run.output().contains(" INFO "), "the log's lines stay in the log file:\n" + run.output());
        run = atlas.script("--data", work.resolve("no-clinic-here").toString(), "--import-patients", excel.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("There is no clinic in"), run.output());
        assertFalse(Files.exists(work.resolve("no-clinic-here").resolve("atlas.mv.db")), "no empty clinic made there");

        run = atlas.command("", "--import-patients", excel.toString(), "--map", "family-name=Surname");
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("--map family-name=Surname: the file has no such column"), run.output());
    }

    private static String answers(String username, String password) {
        return username + "\n" + password + "\n";
    }
}
