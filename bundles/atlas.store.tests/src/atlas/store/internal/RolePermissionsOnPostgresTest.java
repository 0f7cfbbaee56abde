package atlas.store.internal;

/** Roles enforced in the services on a shared PostgreSQL server. */
class RolePermissionsOnPostgresTest extends RolePermissionsContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
