package atlas.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import atlas.api.measure.MeasureCatalogue;
import atlas.api.measure.MeasureDefinition;
import atlas.api.measure.MeasureDefinition.Band;

/**
 * A clinic's measure, registered as a plugin registers it (an OSGi service picked up by Declarative
 * Services), is a measure like the built-in ones: listed for goals and charts, titled, banded,
 * judged by its important change; it goes when the plugin goes, and can never replace a built-in one.
 */
@ExtendWith(EnglishLocale.class)
class ClinicMeasuresTest {

    private static final MeasureDefinition GRIP = new MeasureDefinition("test.grip", "kg", 0, 60, false, 6.5,
            "clinic audit 2025", List.of(new Band(0, 20, "weak"), new Band(20, 60, "normal")));

    @Test
    void aRegisteredCatalogueAddsItsMeasureEverywhereAndTakesItAwayAgain() throws Exception {
        ServiceRegistration<MeasureCatalogue> registration = register(catalogue(List.of(GRIP)));
        try {
            Measure grip = waitFor(() -> Measures.byCode("test.grip").orElse(null));
            assertEquals(Direction.HIGHER_IS_BETTER, grip.direction());
            assertTrue(Measures.all().contains(grip), "offered for goals");
            assertTrue(Measures.charted().contains(grip), "charted and counted in responder rates");
            assertEquals("Grip strength (clinic)", Measures.title("test.grip"));
            assertEquals(List.of("weak", "normal"), SeverityBands.of("test.grip").stream()
                    .map(range -> range.band().label()).toList());
            assertEquals(Verdict.IMPROVED, grip.change(14, 21).orElseThrow().verdict());
            assertThrows(IllegalArgumentException.class, () -> grip.checked("latest", 61), "outside 0-60");
        } finally {
            registration.unregister();
        }
        assertTrue(Measures.byCode("test.grip").isEmpty(), "gone with its plugin");
        assertEquals("test.grip", Measures.title("test.grip"));
    }

    @Test
    void aCatalogueCannotRedefineABuiltInMeasure() throws Exception {
        MeasureDefinition fakeNdi = new MeasureDefinition("ndi", "points", 0, 10, false, 1.0, null, List.of());
        ServiceRegistration<MeasureCatalogue> registration = register(catalogue(List.of(fakeNdi, GRIP)));
        try {
            waitFor(() -> Measures.byCode("test.grip").orElse(null));
            assertEquals(50, Measures.byCode("ndi").orElseThrow().max(), "the NDI keeps its range");
            assertEquals(1, Measures.all().stream().filter(measure -> measure.code().equals("ndi")).count());
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aDefinitionAChartCouldNotUseIsRefusedByName() {
        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> new MeasureDefinition(
                "test.gap", "", 0, 10, true, null, null, List.of(new Band(0, 4, "low"), new Band(5, 10, "high"))));
        assertTrue(gap.getMessage().contains("band \"high\" must start at 4.0"), gap.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> new MeasureDefinition("test.range", "", 10, 10, true, null, null, List.of()));
        assertTrue(range.getMessage().contains("min (10.0) must be below max (10.0)"), range.getMessage());
        assertFalse(Measures.byCode("test.gap").isPresent());
    }

    private static MeasureCatalogue catalogue(List<MeasureDefinition> measures) {
        return new MeasureCatalogue() {
            @Override
            public List<MeasureDefinition> measures() {
                return measures;
            }

            @Override
            public String title(String code) {
                return code.equals("test.grip") ? "Grip strength (clinic)" : code;
            }
        };
    }

    private static ServiceRegistration<MeasureCatalogue> register(MeasureCatalogue catalogue) {
        BundleContext context = FrameworkUtil.getBundle(ClinicMeasuresTest.class).getBundleContext();
        return context.registerService(MeasureCatalogue.class, catalogue, null);
    }

    /** Declarative Services hands the service over on its own thread. */
    private static <T> T waitFor(Supplier<T> value) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            T found = value.get();
            if (found != null) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the clinic's measure never arrived");
    }
}
