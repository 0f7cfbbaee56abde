package atlas.store.internal;

/** A record out of one Atlas and into another, on a shared PostgreSQL server. */
class FhirRoundTripOnPostgresTest extends FhirRoundTripContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
