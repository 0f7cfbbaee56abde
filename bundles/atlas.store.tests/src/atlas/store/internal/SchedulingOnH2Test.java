package atlas.store.internal;

/** The schedule's rules on the embedded H2 database. */
class SchedulingOnH2Test extends SchedulingContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
