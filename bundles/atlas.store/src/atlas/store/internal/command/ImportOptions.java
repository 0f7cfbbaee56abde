package atlas.store.internal.command;

import java.nio.file.Path;

import atlas.core.command.Credentials;
import atlas.core.command.Terminal;
import atlas.core.validation.ValidationException;

/**
 * What both imports ({@code --import-patients}, {@code --import-fhir}) take: the file first, then
 * {@code --dry-run}, {@code --keep-duplicates} and who runs it ({@code --user}, {@code --password-file});
 * a command's own options are read by its {@link Own}.
 */
record ImportOptions(Path file, boolean dryRun, boolean keepDuplicates, String user, Path passwordFile) {

    /** A command's own option at {@code args[at]}: the index of its last argument used, or -1 when it is not one. */
    interface Own {
        int read(String[] args, int at);
    }

    static ImportOptions parse(String[] args, String option, String usage, Own own) {
        if (args.length == 0 || args[0].isBlank() || args[0].startsWith("--")) {
            Terminal.usage(option, "the file comes first", usage);
        }
        boolean dryRun = false;
        boolean keepDuplicates = false;
        String user = null;
        Path passwordFile = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
            case "--dry-run" -> dryRun = true;
            case "--keep-duplicates" -> keepDuplicates = true;
            case "--user" -> user = i + 1 < args.length ? args[++i] : null;
            case "--password-file" -> passwordFile = i + 1 < args.length ? Path.of(args[++i]).toAbsolutePath() : null;
            default -> {
                int last = own.read(args, i);
                if (last < 0) {
                    Terminal.usage(option, "unknown option " + args[i], usage);
                }
                i = last;
            }
            }
        }
        return new ImportOptions(Path.of(args[0]).toAbsolutePath(), dryRun, keepDuplicates, user, passwordFile);
    }

    /** The file's bytes; refused when there is none, or it is larger than {@code max} ({@code split} says how to split it). */
    byte[] content(long max, String split) throws java.io.IOException, Credentials.Refused {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new Credentials.Refused("There is no file " + file);
        }
        long size = java.nio.file.Files.size(file);
        if (size > max) {
            throw new Credentials.Refused(file + " has " + (size >> 20) + " MB; at most " + (max >> 20) + " MB can be"
                    + " imported at once: " + split + ". Nothing was imported.");
        }
        return java.nio.file.Files.readAllBytes(file);
    }

    /** Runs the import and exits: a refusal of the register's rules saves nothing and says why. */
    void run(Terminal.Work work) {
        Terminal.exit(() -> {
            try {
                return work.run();
            } catch (ValidationException e) {
                System.err.println("Nothing was imported: " + e.getMessage());
                return 1;
            }
        }, "Could not read " + file);
    }
}
