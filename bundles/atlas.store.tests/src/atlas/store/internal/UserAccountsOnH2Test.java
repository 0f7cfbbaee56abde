package atlas.store.internal;

/** Users and sign-in on an embedded H2 file. */
class UserAccountsOnH2Test extends UserAccountsContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
