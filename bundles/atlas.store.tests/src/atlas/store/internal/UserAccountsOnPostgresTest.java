package atlas.store.internal;

/** Users and sign-in on a shared PostgreSQL server. */
class UserAccountsOnPostgresTest extends UserAccountsContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
