package atlas.measures;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import atlas.api.measure.MeasureCatalogue;
import atlas.api.measure.MeasureDefinition;

/**
 * The measures clinics' plugins declare, kept while their catalogues are registered (fed by the
 * DS component {@code atlas.measures.internal.MeasureCatalogues}). {@link Measures} and
 * {@link SeverityBands} read them beside the built-in ones, so a clinic's measure reaches every
 * chart, goal, report and responder rate that asks them - static, because those callers are plain
 * scoring code, not services.
 */
public final class ClinicMeasures {

    private static final Logger LOG = Logger.getLogger(ClinicMeasures.class.getName());

    /** A declared measure, converted, and the catalogue that names it. */
    record Declared(Measure measure, MeasureDefinition definition, MeasureCatalogue catalogue) {
    }

    private static final Map<MeasureCatalogue, List<Declared>> BY_CATALOGUE = new ConcurrentHashMap<>();

    private ClinicMeasures() {
    }

    /**
     * Takes a catalogue's measures; one whose code is a built-in measure's or another catalogue's
     * is left out and logged, so a plugin can never change what a built-in score means.
     */
    public static void add(MeasureCatalogue catalogue) {
        List<Declared> declared = catalogue.measures().stream().filter(definition -> {
            boolean taken = Measures.BUILT_IN.stream().anyMatch(m -> m.code().equals(definition.code()))
                    || find(definition.code()).isPresent();
            if (taken) {
                LOG.warning("A clinic measure with the code \"" + definition.code()
                        + "\" is left out: that code is taken");
            }
            return !taken;
        }).map(definition -> new Declared(measure(definition), definition, catalogue)).toList();
        BY_CATALOGUE.put(catalogue, declared);
    }

    public static void remove(MeasureCatalogue catalogue) {
        BY_CATALOGUE.remove(catalogue);
    }

    /** The clinics' measures, ordered by code so that charts keep their order between starts. */
    public static List<Measure> all() {
        return BY_CATALOGUE.values().stream().flatMap(List::stream).map(Declared::measure)
                .sorted(java.util.Comparator.comparing(Measure::code)).toList();
    }

    static Optional<Declared> find(String code) {
        return BY_CATALOGUE.values().stream().flatMap(List::stream)
                .filter(declared -> declared.measure().code().equals(code)).findFirst();
    }

    static Optional<String> title(String code) {
        return find(code).map(declared -> declared.catalogue().title(code));
    }

    /** The measure's bands as chart ranges, best first; the band codes are "code#rank". */
    static List<SeverityBands.Range> bands(String code) {
        return find(code).map(declared -> {
            List<MeasureDefinition.Band> bands = declared.definition().bands();
            return java.util.stream.IntStream.range(0, bands.size()).mapToObj(rank -> new SeverityBands.Range(
                    bands.get(rank).from(), bands.get(rank).to(), new Band(code + "#" + rank, rank))).toList();
        }).orElse(List.of());
    }

    /** The label of a clinic measure's band from its code ("seeblick.clenching#1"), if it is one. */
    static Optional<String> bandLabel(String bandCode) {
        int hash = bandCode.lastIndexOf('#');
        if (hash < 0) {
            return Optional.empty();
        }
        int rank = Integer.parseInt(bandCode.substring(hash + 1));
        return find(bandCode.substring(0, hash)).map(declared -> declared.definition().bands().get(rank).label());
    }

    private static Measure measure(MeasureDefinition definition) {
        return new Measure(definition.code(), definition.unit(), definition.min(), definition.max(),
                definition.lowerIsBetter() ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                definition.importantChange(), definition.importantChangeSource() == null ? ""
                        : definition.importantChangeSource());
    }
}
