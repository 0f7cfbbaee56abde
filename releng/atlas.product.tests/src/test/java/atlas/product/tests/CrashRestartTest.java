package atlas.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Issue 14, finding 1: a save that Atlas acknowledged survives a crash and the starts after it.
 * The built product is started on a clinic's data folder (demo clinic, key protected by the
 * administrator's first sign-in), the therapist signs in, adds a visit and types its note with
 * real key presses, and Atlas is killed with SIGKILL at a random moment of the typing, 20 times.
 * Each time it is started again at once (the case that lost saves with H2 2.2.224: a file not
 * closed cleanly, opened while its dead chunks were younger than H2's 45 s retention, lost the
 * tail at the next clean close), signed in and quit; then the folder is read back. At the end it
 * is started once more after more than a minute. Every time:
 * <ul>
 * <li>the note has at least the version the editor's last acknowledged save reported (its DEBUG
 * line is written only after the store returned), and at most one more (the save in flight);</li>
 * <li>its text is what was typed, and holds every word finished {@value #GUARANTEE_MS} ms before
 * the kill (the editor saves 0.6 s after a pause and 1.5 s after the first unsaved key at the
 * latest, README "What is guaranteed on a crash");</li>
 * <li>the audit trail has an entry for every acknowledged save and its hash chain is intact.</li>
 * </ul>
 */
class CrashRestartTest {

    private static final int KILLS = Integer.getInteger("atlas.test.kills", 20);
    /** Typing finished this long before a crash is stored: the editor's 1.5 s, and the save itself. */
    static final long GUARANTEE_MS = 2_000;
    private static final String THERAPIST = "demo.therapist";
    private static final Pattern SAVED = Pattern.compile("Draft note (\\d+) of visit (\\d+) saved as version (\\d+)");
    private static final Pattern RECORD_SHOWN = Pattern.compile("Record of patient \\d+ shown");

    /** What one round typed and what the product acknowledged. */
    private record Round(int number, long killedAfterMs, long noteId, long visitId, long ackedVersion, int acks,
            String typed, String guaranteed, int logFrom, String stored) {
        Round withStored(String text) {
            return new Round(number, killedAfterMs, noteId, visitId, ackedVersion, acks, typed, guaranteed, logFrom, text);
        }
    }

    /** A word typed into the note and when its last key was pressed (0 while it is being typed). */
    private record Word(String text, long finishedAt) {
    }

    @Test
    void everyAcknowledgedSaveSurvivesTwentyKillsAndTheRestartsAfterThem() throws Exception {
        Product.assumeRunnable();
        Path data = Path.of(System.getProperty("atlas.test.work"), "crash-restart");
        Product.deleteRecursively(data);
        Product atlas = new Product(data);
        atlas.demoClinicWithProtectedKey();

        Random random = new Random();
        List<Round> rounds = new ArrayList<>();
        long auditHead = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            Round round = typeAndKill(atlas, kill, 2_000 + random.nextInt(4_000), random);
            Path image = keepCrashImage(atlas, kill);
            // at once: the start right after a crash is the one that must not lose anything
            atlas.start();
            atlas.signIn(THERAPIST, Product.DEMO_PASSWORD);
            atlas.quit();
            Map<String, String> stored = readBack(atlas, round);
            round = round.withStored(stored.get("subjective"));
            String diagnosis = diagnosis(atlas, round, stored);
            System.out.printf("round %d: killed %d ms into typing, %d saves acknowledged (last: version %d); after"
                    + " the restart at once: version %s, %d characters, audit chain %s to #%s%n", kill,
                    round.killedAfterMs(), round.acks(), round.ackedVersion(), stored.get("version"),
                    round.stored().length(), "true".equals(stored.get("chainIntact")) ? "intact" : "BROKEN",
                    stored.get("auditHead"));
            assertRoundKept(round, stored, diagnosis);
            long head = Long.parseLong(stored.get("auditHead"));
            assertTrue(head > auditHead, "round " + kill + ": the audit trail ends at #" + head
                    + ", it ended at #" + auditHead + " before this round's saves");
            auditHead = head;
            rounds.add(round);
            Product.deleteRecursively(image); // kept only while its round is unexplained
        }

        // later: past H2's retention time, every round's note is still as it was read back
        Thread.sleep(65_000);
        atlas.start();
        atlas.signIn(THERAPIST, Product.DEMO_PASSWORD);
        atlas.quit();
        for (Round round : rounds) {
            Map<String, String> stored = readBack(atlas, round);
            assertEquals(round.stored(), stored.get("subjective"), "round " + round.number() + ": the note changed");
            assertRoundKept(round, stored, "read back after the last start: " + stored);
        }
    }

    /** Starts Atlas, adds a visit to a demo patient, types its note and kills Atlas while typing. */
    private static Round typeAndKill(Product atlas, int number, long killAfterMs, Random random) throws Exception {
        atlas.start();
        atlas.signIn(THERAPIST, Product.DEMO_PASSWORD);
        int shown = atlas.count(line -> RECORD_SHOWN.matcher(line).find());
        Keys.type("DEMO-000001");
        Thread.sleep(1_000);
        Keys.press("Return"); // the only match opens
        atlas.awaitLog(shown + 1, line -> RECORD_SHOWN.matcher(line).find(), "the record did not open");
        int ready = atlas.count(line -> line.contains("note ready for typing"));
        Keys.press("ctrl+shift+v");
        Thread.sleep(1_500);
        Keys.press("Return"); // Add Visit with the proposed type, today, now
        atlas.awaitLog(ready + 1, line -> line.contains("note ready for typing"), "the new visit's note was not ready");
        int logFrom = atlas.log().size();

        List<Word> typed = new CopyOnWriteArrayList<>();
        Thread typist = new Thread(() -> {
            for (int i = 1; !Thread.currentThread().isInterrupted(); i++) {
                String word = "r" + number + "w" + i + " ";
                typed.add(new Word(word, 0));
                Keys.type(word);
                typed.set(typed.size() - 1, new Word(word, System.nanoTime()));
                try {
                    Thread.sleep(random.nextInt(900)); // thinking pauses, some shorter than the autosave's
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        typist.start();
        Thread.sleep(killAfterMs);
        long killedAt = System.nanoTime();
        atlas.kill();
        typist.interrupt();
        typist.join(10_000);

        List<Matcher> saves = atlas.matches(logFrom, SAVED);
        assertFalse(saves.isEmpty(), "round " + number + ": nothing was saved in " + killAfterMs + " ms of typing");
        Matcher last = saves.get(saves.size() - 1);
        StringBuilder all = new StringBuilder();
        StringBuilder guaranteed = new StringBuilder();
        for (Word word : typed) {
            all.append(word.text()); // the last one may have been typed in part
            if (word.finishedAt() != 0 && killedAt - word.finishedAt() >= GUARANTEE_MS * 1_000_000) {
                guaranteed.setLength(0);
                guaranteed.append(all);
            }
        }
        return new Round(number, killAfterMs, Long.parseLong(last.group(1)), Long.parseLong(last.group(2)),
                Long.parseLong(last.group(3)), saves.size(), all.toString(), guaranteed.toString(), logFrom, null);
    }

    private static void assertRoundKept(Round round, Map<String, String> stored, String diagnosis) {
        String at = "round " + round.number() + " (" + diagnosis + "): ";
        long version = Long.parseLong(stored.get("version"));
        assertTrue(version >= round.ackedVersion(), at + "the note is at version " + version
                + " but version " + round.ackedVersion() + " was acknowledged as saved");
        assertTrue(version <= round.ackedVersion() + 1, at + "version " + version + " after " + round.ackedVersion());
        String text = stored.get("subjective");
        assertTrue(round.typed().startsWith(text.strip()), at + "stored \"" + text + "\" is not what was typed: \""
                + round.typed() + "\"");
        assertTrue(text.strip().startsWith(round.guaranteed().strip()), at + "stored \"" + text
                + "\" lost typing finished " + GUARANTEE_MS + " ms before the crash: \"" + round.guaranteed() + "\"");
        long entries = Long.parseLong(stored.get("noteEntries"));
        assertTrue(entries >= round.acks() && entries <= round.acks() + 1, at + entries
                + " audit entries for the note, " + round.acks() + " saves acknowledged");
        assertEquals("true", stored.get("chainIntact"), at + "audit chain: " + stored.get("chainProblem"));
    }

    /**
     * The database and key files exactly as the kill left them, beside the data folder, so that a
     * failed round can be replayed and read with plain H2 (/tmp/crash tools, CrashImageTest).
     */
    private static Path keepCrashImage(Product atlas, int round) throws java.io.IOException {
        Path image = atlas.data().resolveSibling("crash-image-round-" + round);
        Product.deleteRecursively(image);
        Files.createDirectories(image);
        for (String file : List.of("atlas.mv.db", "atlas.keys")) {
            Files.copy(atlas.data().resolve(file), image.resolve(file));
        }
        return image;
    }

    /** The note as stored, through a sign-in on the shipped bundles. */
    private static Map<String, String> readBack(Product atlas, Round round) throws Exception {
        return atlas.harness("atlas.benchmarks.StoredDraft", atlas.data().toString(), THERAPIST, Product.DEMO_PASSWORD,
                Long.toString(round.noteId()), Long.toString(round.visitId()));
    }

    /**
     * What a failure's message carries, as CI keeps nothing else: the round, what was read back
     * (visit there?, newest note, the last audit entries) and the log of the typing and the restart.
     */
    private static String diagnosis(Product atlas, Round round, Map<String, String> stored) throws java.io.IOException {
        List<String> log = atlas.log();
        List<String> since = log.subList(Math.max(0, Math.min(round.logFrom() - 5, log.size())), log.size());
        return "note " + round.noteId() + " of visit " + round.visitId() + ", " + round.acks() + " saves acknowledged,"
                + " killed after " + round.killedAfterMs() + " ms; read back: " + stored + "; log since the typing:\n"
                + String.join("\n", since.subList(0, Math.min(since.size(), 80)));
    }
}
