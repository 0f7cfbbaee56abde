package atlas.store.internal;

/** The discharge and the closed episode on an embedded H2 file. */
class DischargeOnH2Test extends DischargeContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
