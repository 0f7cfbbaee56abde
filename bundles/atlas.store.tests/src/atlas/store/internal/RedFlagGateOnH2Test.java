package atlas.store.internal;

/** The red-flag gate on an embedded H2 file. */
class RedFlagGateOnH2Test extends RedFlagGateContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
