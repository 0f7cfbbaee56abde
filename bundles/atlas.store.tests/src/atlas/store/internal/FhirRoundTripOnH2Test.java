package atlas.store.internal;

/** A record out of one Atlas and into another, on embedded H2 files. */
class FhirRoundTripOnH2Test extends FhirRoundTripContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
