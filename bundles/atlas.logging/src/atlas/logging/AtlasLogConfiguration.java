package atlas.logging;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Atlas's log, set up in code: {@code <data folder>/logs/atlas.log}, one file a day, 30 days kept;
 * warnings and information also on the console (from {@code -Datlas.log.console=LEVEL} up, if set);
 * Liquibase only from warnings up. Logback reads this
 * before any configuration file, so a start needs no XML parser - reading the same settings from a
 * logback.xml cost about a third of a second of every start (issue 19, {@code bench-startup-floor.sh}).
 * <p>
 * Troubleshooting without editing anything: {@code -Datlas.log.debug=atlas.store,atlas.patients.ui}
 * (in {@code ATLAS_VM_OPTS}) logs those areas from DEBUG up. A configuration file of one's own,
 * {@code -Dlogback.configurationFile=FILE}, takes over entirely. Without {@code atlas.data} (a plain
 * class path: benchmarks, tools) only the console is written.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public class AtlasLogConfiguration extends ContextAwareBase implements Configurator {

    private static final String DEBUG_PROPERTY = "atlas.log.debug";
    /** The console's threshold: the command-line tools set WARN, so that their answers are not lost among log lines. */
    private static final String CONSOLE_PROPERTY = "atlas.log.console";
    private static final String FILE_PATTERN = "%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";
    private static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n";
    private static final int DAYS_KEPT = 30;

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY; // the user's own file, read by Logback's own configurator
        }
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        String data = System.getProperty("atlas.data", "");
        if (!data.isBlank()) {
            root.addAppender(file(context, data + "/logs"));
        }
        root.addAppender(console(context));
        context.getLogger("liquibase").setLevel(Level.WARN);
        for (String name : System.getProperty(DEBUG_PROPERTY, "").split("[,\\s]+")) {
            if (!name.isBlank()) {
                context.getLogger(name).setLevel(Level.DEBUG);
            }
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    private static RollingFileAppender<ILoggingEvent> file(LoggerContext context, String folder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(folder + "/atlas.log");
        TimeBasedRollingPolicy<ILoggingEvent> daily = new TimeBasedRollingPolicy<>();
        daily.setContext(context);
        daily.setParent(file);
        daily.setFileNamePattern(folder + "/atlas.%d{yyyy-MM-dd}.log");
        daily.setMaxHistory(DAYS_KEPT);
        daily.start();
        file.setRollingPolicy(daily);
        return started(file, encoder(context, FILE_PATTERN));
    }

    private static ConsoleAppender<ILoggingEvent> console(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        ThresholdFilter information = new ThresholdFilter();
        information.setLevel(Level.toLevel(System.getProperty(CONSOLE_PROPERTY, "INFO"), Level.INFO).levelStr);
        information.start();
        console.addFilter(information);
        return started(console, encoder(context, CONSOLE_PATTERN));
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        return encoder;
    }

    private static <A extends OutputStreamAppender<ILoggingEvent>> A started(A appender, PatternLayoutEncoder encoder) {
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
