package atlas.store.internal;

/** Five years of care out of one Atlas and into another, on embedded H2 files. */
class FhirFiveYearRoundTripOnH2Test extends FhirFiveYearRoundTripContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
