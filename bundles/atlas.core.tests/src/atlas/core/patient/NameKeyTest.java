package atlas.core.patient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How names are folded for searching: case, accents, letters that do not decompose, umlaut spellings. */
class NameKeyTest {

    @Test
    void spellingsOfOneNameFoldToOneKey() {
        for (String name : List.of("Müller", "Mueller", "muller", "MÜLLER", " müller ")) {
            assertEquals("MULLER", PatientQuery.nameKey(name), name);
        }
        assertEquals("SAHIN", PatientQuery.nameKey("Şahin"));
        assertEquals("LUKASZ", PatientQuery.nameKey("Łukasz"));
        assertEquals("DORDEVIC", PatientQuery.nameKey("Đorđević"));
        assertEquals("DVORAK", PatientQuery.nameKey("Dvořák"));
        assertEquals("STRAUSS", PatientQuery.nameKey("Strauß"));
        assertEquals("SORENSEN", PatientQuery.nameKey("Sørensen"));
        assertEquals("", PatientQuery.nameKey(null));
    }

    @Test
    void aTypedPrefixStaysAPrefixOfTheFoldedName() {
        for (String name : List.of("Mueller", "Raphael", "Boehm", "Queen", "Aeschbacher", "Müller", "Şahin")) {
            String key = PatientQuery.nameKey(name);
            for (int length = 1; length <= name.length(); length++) {
                String prefix = PatientQuery.nameKey(name.substring(0, length));
                assertTrue(key.startsWith(prefix), name + ": \"" + prefix + "\" is not a prefix of \"" + key + "\"");
            }
        }
    }
}
