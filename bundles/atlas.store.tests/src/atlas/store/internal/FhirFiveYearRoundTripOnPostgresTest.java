package atlas.store.internal;

/** Five years of care out of one Atlas and into another, on a shared PostgreSQL server. */
class FhirFiveYearRoundTripOnPostgresTest extends FhirFiveYearRoundTripContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
