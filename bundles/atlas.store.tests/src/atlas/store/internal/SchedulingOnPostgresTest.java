package atlas.store.internal;

/** The schedule's rules on a shared PostgreSQL server. */
class SchedulingOnPostgresTest extends SchedulingContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
