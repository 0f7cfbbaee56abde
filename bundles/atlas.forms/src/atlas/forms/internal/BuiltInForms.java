package atlas.forms.internal;

import java.util.List;
import java.util.ServiceLoader;

import atlas.api.form.FormDefinition;

/**
 * The eleven built-in forms, for callers that run without the OSGi registry (the benchmarks on a
 * plain class path), as the bundle lists them in {@code META-INF/services} for the command line.
 * In Atlas each is a DS component; nothing else should build them.
 */
public final class BuiltInForms {

    private BuiltInForms() {
    }

    public static List<FormDefinition> all() {
        return ServiceLoader.load(FormDefinition.class, BuiltInForms.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).filter(form -> form.getClass().getPackage() == BuiltInForms.class
                        .getPackage()).toList();
    }
}
