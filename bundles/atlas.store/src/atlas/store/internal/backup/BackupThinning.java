package atlas.store.internal.backup;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import atlas.core.store.BackupPlan;

/**
 * Which backups a grandfather-father-son rotation keeps: the newest of each of the last
 * {@value BackupPlan#DAILY} days that have a backup, of each of the last {@value BackupPlan#WEEKLY}
 * ISO weeks, and of each of the last {@value BackupPlan#MONTHLY} months - so a damage noticed late
 * still finds a copy from before it - and always the newest of all.
 */
public final class BackupThinning {

    private BackupThinning() {
    }

    /** The times (of backups' names) to keep out of {@code taken}; the others may be deleted. */
    static Set<LocalDateTime> keep(List<LocalDateTime> taken) {
        List<LocalDateTime> newestFirst = taken.stream().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDateTime> kept = new HashSet<>();
        if (!newestFirst.isEmpty()) {
            kept.add(newestFirst.get(0));
        }
        kept.addAll(newestOfEach(newestFirst, LocalDateTime::toLocalDate, BackupPlan.DAILY));
        kept.addAll(newestOfEach(newestFirst,
                t -> t.get(IsoFields.WEEK_BASED_YEAR) * 100 + t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), BackupPlan.WEEKLY));
        kept.addAll(newestOfEach(newestFirst, YearMonth::from, BackupPlan.MONTHLY));
        return kept;
    }

    /** The newest time of each of the {@code periods} newest periods (times sorted newest first). */
    private static List<LocalDateTime> newestOfEach(List<LocalDateTime> newestFirst,
            Function<LocalDateTime, Object> period, int periods) {
        Map<Object, LocalDateTime> newest = new LinkedHashMap<>();
        for (LocalDateTime time : newestFirst) {
            if (newest.size() == periods && !newest.containsKey(period.apply(time))) {
                break;
            }
            newest.putIfAbsent(period.apply(time), time);
        }
        return List.copyOf(newest.values());
    }
}
