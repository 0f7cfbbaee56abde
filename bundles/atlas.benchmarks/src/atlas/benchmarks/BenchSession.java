package atlas.benchmarks;

import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.access.WorkstationSession;

/**
 * The session a benchmark works in: services exist only with one. The benchmark's thread works as
 * "system: benchmark" with every permission (a benchmark fills and reads a throwaway database),
 * and the audit trail names it so.
 */
final class BenchSession {

    static final String ACTOR = "system: benchmark";

    private BenchSession() {
    }

    static WorkstationSession of(JpaClinicalDatabase database) {
        return WorkstationSession.forTools(database, ACTOR);
    }
}
