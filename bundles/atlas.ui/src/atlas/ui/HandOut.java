package atlas.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.swt.program.Program;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.store.OwnerOnly;

/**
 * A printed document shown or handed out: the record keeps it in the encrypted database
 * ({@link atlas.core.document.PatientDocumentService}); the plain PDF a viewer or printer needs is
 * written only here, into {@code <data folder>/open/} (its owner's alone), and that folder is
 * emptied when Atlas closes, when the user signs out, and at the next start after a crash - so no
 * patient's name lies readable in the data folder once the day's work is done.
 */
public final class HandOut {

    private static final Logger LOG = LoggerFactory.getLogger(HandOut.class);
    static final String FOLDER = "open";

    private HandOut() {
    }

    /** Writes the document for showing or printing and opens it in the desktop's viewer, where there is one. */
    public static Path show(String fileName, byte[] pdf) throws IOException {
        Path folder = DataFolder.path().resolve(FOLDER);
        OwnerOnly.folder(folder);
        Path target = folder.resolve(fileName).normalize();
        if (!folder.normalize().equals(target.getParent())) { // a received file's name must not leave the folder
            throw new IOException("Not a plain file name: " + fileName);
        }
        Path file = OwnerOnly.write(target, new ByteArrayInputStream(pdf));
        Program.launch(file.toString());
        return file;
    }

    /** Deletes every plain document shown or printed; what cannot be deleted is named in the log. */
    public static void empty() {
        Path folder = DataFolder.path().resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    LOG.warn("A document shown earlier could not be deleted: {} ({})", file, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("The folder of documents shown could not be emptied: {} ({})", folder, e.getMessage());
        }
    }
}
