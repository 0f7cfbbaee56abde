package atlas.store.internal;

/** Roles enforced in the services on an embedded H2 file. */
class RolePermissionsOnH2Test extends RolePermissionsContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
