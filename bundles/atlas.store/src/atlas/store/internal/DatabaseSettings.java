package atlas.store.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the clinical database is and how to reach it. A single workstation keeps an embedded H2
 * file in its data folder; clinics with several workstations point all of them at one PostgreSQL
 * server with {@code atlas.db.url} and {@code atlas.db.user}, the password from ServerPassword.
 *
 * @param dataFolder the folder for the log, the workstation lock and (embedded) the database file
 * @param jdbcUrl    the JDBC URL EclipseLink and the migrations connect to
 */
public record DatabaseSettings(Path dataFolder, String jdbcUrl, String user, String password) {

    /** System property (set by the launch script from --data or ATLAS_DATA) naming the data folder. */
    public static final String DATA_FOLDER_PROPERTY = "atlas.data";
    public static final String DATA_FOLDER_VARIABLE = "ATLAS_DATA";
    public static final String SERVER_URL_PROPERTY = "atlas.db.url";
    public static final String SERVER_USER_PROPERTY = "atlas.db.user";
    /** Base name of the embedded database: the file on disk is {@code atlas.mv.db}. */
    public static final String DATABASE_NAME = "atlas";

    /**
     * Embedded H2 in the given folder. WRITE_DELAY=0 writes each commit to the file before the
     * commit returns, so a killed process loses nothing it reported as saved. REUSE_SPACE=FALSE:
     * every chunk is appended, free space inside the file is never written - H2 2.5.252's recovery
     * after a kill lost whole rounds of committed transactions when new chunks had been placed in
     * reused free space (reproduced with CrashSafetyTest and close-time compaction off: 91 of 291,
     * then 9 of 553 commits lost; none with REUSE_SPACE=FALSE). The file is rewritten with its live
     * data instead, while no commit runs: at each clean close (CloseCompaction) and, once it is 1.5
     * to 2 times its live data, while open (RunningCompaction). TRACE_LEVEL_FILE=0:
     * errors reach our own log; H2's separate trace file would only confuse a support call.
     */
    public static DatabaseSettings embedded(Path dataFolder) {
        Path file = dataFolder.toAbsolutePath().resolve(DATABASE_NAME);
        return new DatabaseSettings(dataFolder.toAbsolutePath(),
                "jdbc:h2:file:" + file + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;TRACE_LEVEL_FILE=0", "atlas", "");
    }

    /** A shared clinic server; the data folder still holds this workstation's log. */
    public static DatabaseSettings server(Path dataFolder, String jdbcUrl, String user, String password) {
        return new DatabaseSettings(dataFolder.toAbsolutePath(), jdbcUrl, user, password);
    }

    /** Settings from the launch options: system properties first, then the environment. */
    public static DatabaseSettings fromEnvironment(Map<String, String> environment) {
        Path dataFolder = dataFolder(environment);
        String url = System.getProperty(SERVER_URL_PROPERTY, "");
        if (!url.isBlank()) {
            return server(dataFolder, url, System.getProperty(SERVER_USER_PROPERTY, "atlas"),
                    ServerPassword.of(environment));
        }
        return embedded(dataFolder);
    }

    /** The data folder: {@code -Datlas.data}, else {@code $ATLAS_DATA}, else {@code ~/.atlas}. */
    public static Path dataFolder(Map<String, String> environment) {
        String configured = System.getProperty(DATA_FOLDER_PROPERTY, "");
        if (configured.isBlank()) {
            configured = environment.getOrDefault(DATA_FOLDER_VARIABLE, "");
        }
        if (configured.isBlank()) {
            return Path.of(System.getProperty("user.home"), ".atlas");
        }
        return Path.of(configured);
    }

    /**
     * The same embedded database opened with its file key: H2 decrypts the file with AES, the
     * key given before the user's password, separated by a space (H2's CIPHER setting).
     */
    public DatabaseSettings encrypted(String fileKey) {
        return new DatabaseSettings(dataFolder, jdbcUrl + ";CIPHER=AES", user, fileKey + " " + password);
    }

    /** User and password as a JDBC driver takes them. */
    public Properties credentials() {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return credentials;
    }

    public boolean isEmbedded() {
        return jdbcUrl.startsWith("jdbc:h2:");
    }

    /** A server's address as PostgreSQL's JDBC driver takes it (anything else was mistyped). */
    boolean isServerUrl() {
        return jdbcUrl.matches("jdbc:postgresql://[^/\\s]+/[^\\s]+");
    }

    /** The database file of an embedded store. */
    public Path databaseFile() {
        return dataFolder.resolve(DATABASE_NAME + ".mv.db");
    }

    /** For the status line: the file, or the server URL without credentials. */
    public String location() {
        return isEmbedded() ? databaseFile().toString() : jdbcUrl.replaceAll("[?;].*$", "");
    }

    @Override
    public String toString() {
        // Never print the password.
        return "DatabaseSettings[" + location() + "]";
    }
}
